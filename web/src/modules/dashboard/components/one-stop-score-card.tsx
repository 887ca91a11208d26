import { OFFICIAL_BAND_LABELS, type OneStopScores, UNIT_BAND_LABELS } from "@danvan/common";
import { Card, Flex, Statistic, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../../lib/use-lang";
import { figureLinks } from "../links";

const OFFICIAL_COLORS = { full: "success", partial: "warning", low: "error" } as const;
const UNIT_COLORS = {
  excellent: "success",
  good: "blue",
  fair: "cyan",
  average: "warning",
  weak: "error",
} as const;

/** TT 01/2018 scores of the unit itself for the quarter the period ends in, linked to its indicators. */
export function OneStopScoreCard({ scores, unitId }: { scores: OneStopScores | null; unitId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const quarter = scores
    ? t("dashboard.cards.quarter", { q: scores.period.slice(6), year: scores.period.slice(0, 4) })
    : "";
  const official = scores?.official;
  const unit = scores?.unit;
  return (
    <Card
      size="small"
      data-testid="card-onestop-score"
      title={t("dashboard.cards.oneStopScore", { quarter })}
    >
      {scores ? (
        <Flex wrap gap={32} align="flex-start">
          <Flex vertical gap={4}>
            <Statistic
              title={t("dashboard.cards.officialScore")}
              value={official ? `${official.score} / 10` : "—"}
            />
            {official ? (
              <span>
                <Tag color={OFFICIAL_COLORS[official.band]} data-testid="card-onestop-official-band">
                  {OFFICIAL_BAND_LABELS[official.band][lang]}
                </Tag>
              </span>
            ) : null}
          </Flex>
          <Flex vertical gap={4}>
            <Statistic title={t("dashboard.cards.unitScore")} value={unit ? `${unit.score} / 18` : "—"} />
            {unit ? (
              <span>
                <Tag color={UNIT_COLORS[unit.band]} data-testid="card-onestop-unit-band">
                  {UNIT_BAND_LABELS[unit.band][lang]}
                </Tag>
              </span>
            ) : null}
          </Flex>
          <Flex vertical gap={2} style={{ flex: "1 1 280px" }}>
            {official ? null : <Typography.Text>{t("dashboard.cards.noScore")}</Typography.Text>}
            <Typography.Text type="secondary">{t("dashboard.cards.oneStopScoreHelp")}</Typography.Text>
            <Link
              to={figureLinks.indicators({ unitId, period: scores.period })}
              data-testid="card-onestop-score-link"
            >
              {t("dashboard.cards.seeIndicators")} →
            </Link>
          </Flex>
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t("dashboard.cards.notInRole")}</Typography.Text>
      )}
    </Card>
  );
}
