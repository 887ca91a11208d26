import {
  type DashboardSummary,
  OFFICIAL_BAND_LABELS,
  type OneStopScores,
  UNIT_BAND_LABELS,
} from "@danvan/common";
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../../lib/use-lang";
import { percent, shareWithN } from "../figure-text";
import { figureLinks } from "../links";

type Props = {
  summary: DashboardSummary | undefined;
  loading: boolean;
  /** The unit has units below it (the ranking lists units, not agencies). */
  hasChildUnits: boolean;
};

function Figure(props: {
  testId: string;
  title: string;
  value: string | number;
  to: string;
  linkText: string;
  missing: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid={props.testId} style={{ height: "100%" }}>
      <Statistic title={props.title} value={props.missing ? "—" : props.value} />
      {props.missing ? (
        <Typography.Text type="secondary">{t("dashboard.cards.notInRole")}</Typography.Text>
      ) : (
        <Flex vertical gap={2}>
          {props.children}
          <Link to={props.to} data-testid={`${props.testId}-link`}>
            {props.linkText} →
          </Link>
        </Flex>
      )}
    </Card>
  );
}

const OFFICIAL_COLORS = { full: "success", partial: "warning", low: "error" } as const;
const UNIT_COLORS = {
  excellent: "success",
  good: "blue",
  fair: "cyan",
  average: "warning",
  weak: "error",
} as const;

/** TT 01/2018 scores of the unit itself for the quarter the period ends in, linked to its indicators. */
function OneStopScoreCard({ scores, unitId }: { scores: OneStopScores | null; unitId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const quarter = scores
    ? t("dashboard.cards.quarter", { q: scores.period.slice(6), year: scores.period.slice(0, 4) })
    : "";
  const official = scores?.official;
  const unit = scores?.unit;
  return (
    <Figure
      testId="card-onestop-score"
      title={t("dashboard.cards.oneStopScore", { quarter })}
      value={official ? `${official.score} / 10` : "—"}
      to={figureLinks.indicators({ unitId, period: scores?.period })}
      linkText={t("dashboard.cards.seeIndicators")}
      missing={!scores}
    >
      {official ? (
        <span>
          <Tag color={OFFICIAL_COLORS[official.band]} data-testid="card-onestop-official-band">
            {OFFICIAL_BAND_LABELS[official.band][lang]}
          </Tag>
        </span>
      ) : (
        <Typography.Text type="secondary">{t("dashboard.cards.noScore")}</Typography.Text>
      )}
      {unit ? (
        <Typography.Text data-testid="card-onestop-unit">
          {t("dashboard.cards.unitScore", { score: unit.score })}{" "}
          <Tag color={UNIT_COLORS[unit.band]}>{UNIT_BAND_LABELS[unit.band][lang]}</Tag>
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary">{t("dashboard.cards.oneStopScoreHelp")}</Typography.Text>
    </Figure>
  );
}

/** The headline figures, each with its n and numerators and a link to the list it counts. */
export function HeadlineCards({ summary, loading, hasChildUnits }: Props) {
  const { t } = useTranslation();
  if (!summary) {
    return <Card loading={loading} />;
  }
  const f = summary.figures;
  const scope = { unitId: summary.unit.id, from: summary.from, to: summary.to };
  const rules = summary.rules;
  const s = f.satisfaction;
  const d = f.dossiers;
  const p = f.petitions;
  const r = f.reception;
  return (
    <Row gutter={[12, 12]} data-testid="dashboard-cards">
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-satisfaction"
          title={t("dashboard.cards.satisfaction")}
          value={shareWithN(s?.satisfiedShare, s?.n)}
          to={figureLinks.ratings(scope)}
          linkText={t("dashboard.cards.seeRatings")}
          missing={!s}
        >
          <Typography.Text>
            {t("dashboard.cards.levels", { vs: s?.verySatisfied, s: s?.satisfied, d: s?.dissatisfied })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t("dashboard.cards.score", { score: s?.score ?? "—" })}
            {summary.group766Points !== null && rules
              ? ` · ${t("dashboard.cards.points766", { points: summary.group766Points, max: rules.group766Max })}`
              : ""}
          </Typography.Text>
          {rules && !rules.verified ? (
            <span>
              <Tag color="orange" data-testid="rules-unverified">
                {t("dashboard.cards.unverified")}
              </Tag>
            </span>
          ) : null}
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-dossiers"
          title={t("dashboard.cards.dossiers")}
          value={shareWithN(d?.onTimeShare, d?.n)}
          to={figureLinks.dossiers({ ...scope, hasChildUnits })}
          linkText={t("dashboard.cards.seeDossiers")}
          missing={!d}
        >
          <Typography.Text>
            {t("dashboard.cards.timeliness", { early: d?.early, onTime: d?.onTime, late: d?.late })}
          </Typography.Text>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <OneStopScoreCard scores={summary.oneStopScores} unitId={summary.unit.id} />
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-petitions"
          title={t("dashboard.cards.petitions")}
          value={p ? `${percent(p.handlingRate)} (n = ${p.accepted})` : "—"}
          to={figureLinks.petitionFigures(scope)}
          linkText={t("dashboard.cards.seePetitionFigures")}
          missing={!p}
        >
          <Typography.Text>
            {t("dashboard.cards.handled", {
              resolved: p?.resolved,
              accepted: p?.accepted,
              onTime: p?.resolvedOnTime,
            })}
          </Typography.Text>
          <Link to={figureLinks.overduePetitions(scope)} data-testid="card-petitions-overdue">
            {t("dashboard.cards.overduePetitions", { n: p?.overdue ?? 0 })}
          </Link>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-reception"
          title={t("dashboard.cards.reception")}
          value={r ? t("dashboard.cards.citizens", { n: r.citizens }) : "—"}
          to={figureLinks.receptionSessions(scope)}
          linkText={t("dashboard.cards.seeSessions")}
          missing={!r}
        >
          <Typography.Text>
            {t("dashboard.cards.sessions", { sessions: r?.sessions, entries: r?.entries })}
          </Typography.Text>
          <Link to={figureLinks.receptionStats(scope)}>{t("dashboard.cards.seeReceptionStats")}</Link>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-tasks"
          title={t("dashboard.cards.tasks")}
          value={f.tasks?.overdue ?? "—"}
          to={figureLinks.overdueTasks()}
          linkText={t("dashboard.cards.seeOverdueTasks")}
          missing={!f.tasks}
        >
          <Typography.Text>{t("dashboard.cards.openTasks", { n: f.tasks?.open ?? 0 })}</Typography.Text>
        </Figure>
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Figure
          testId="card-follow-ups"
          title={t("dashboard.cards.followUps")}
          value={s?.openFollowUps ?? "—"}
          to={figureLinks.ratings({ ...scope, followUp: "open" })}
          linkText={t("dashboard.cards.seeFollowUps")}
          missing={!s}
        >
          <Typography.Text type="secondary">
            {t("dashboard.cards.followUpsHelp", { n: s?.dissatisfied ?? 0 })}
          </Typography.Text>
        </Figure>
      </Col>
    </Row>
  );
}
