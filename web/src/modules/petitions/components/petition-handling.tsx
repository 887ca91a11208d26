import type { PetitionDetail } from "@danvan/common";
import { Card, Descriptions, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { groundLabel } from "../labels";

type Deadline = PetitionDetail["deadlines"]["process"];

/** A deadline with the rule it came from and the engine's explanation (AntD reads Items directly, so no wrapper). */
function DeadlineText({ d, testId }: { d: Deadline; testId: string }) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <Typography.Text strong>{formatDate(d.due)}</Typography.Text>
      {d.ruleCode && <Tag style={{ marginInlineStart: 8 }}>{d.ruleCode}</Tag>}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}>
        {d.explanation ?? t("petitions.deadline.noExplanation")}
      </Typography.Paragraph>
    </div>
  );
}

/** Classification, deadlines with the engine's explanation, the decision and the resolution. */
export function PetitionHandling({ petition: p }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = p.classification;
  const d = p.decision;
  const r = p.resolution;
  return (
    <Card title={t("petitions.handling")} size="small">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t("petitions.classification")}>
          {c ? (
            <span data-testid="classification">
              {c.eligible ? t("petitions.classify.eligible") : t("petitions.classify.ineligible")}
              {c.ineligibleReason ? ` (${c.ineligibleReason})` : ""} ·{" "}
              {c.withinCompetence ? t("petitions.classify.within") : t("petitions.classify.outside")}
              {c.competentBody ? ` — ${t(`petitions.competentBody.${c.competentBody}`)}` : ""}
              {c.isMultiContent ? ` · ${t("petitions.classify.multi")}` : ""}
              {c.concernsProcedure && (
                <span data-testid="concerns-procedure">
                  {" · "}
                  {t("petitions.classify.procedure")}
                  {c.dossier && (
                    <>
                      {" — "}
                      <Link to={`/onestop/dossiers/${c.dossier.id}`}>{c.dossier.code}</Link>
                    </>
                  )}
                </span>
              )}
            </span>
          ) : (
            <Typography.Text type="secondary">{t("petitions.notClassified")}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("petitions.deadline.process")}>
          <DeadlineText d={p.deadlines.process} testId="deadline-process" />
        </Descriptions.Item>
        {p.deadlines.resolve && (
          <Descriptions.Item label={t("petitions.deadline.resolve")}>
            <DeadlineText d={p.deadlines.resolve} testId="deadline-resolve" />
          </Descriptions.Item>
        )}
        {p.complexJustification && (
          <Descriptions.Item label={t("petitions.decide.complex")}>
            {p.complexJustification}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("petitions.decision")}>
          {d ? (
            <div data-testid="decision">
              <Typography.Text strong>{t(`petitions.decisions.${d.action}`)}</Typography.Text>{" "}
              {t("petitions.onDate", { date: formatDate(d.date) })}
              {d.documentNo ? ` — ${d.documentNo}` : ""}
              {d.target || d.targetBodyName ? (
                <div>
                  {t("petitions.decide.targetUnit")}:{" "}
                  {[d.target?.name, d.targetBodyName].filter(Boolean).join(" — ")}
                </div>
              ) : null}
              {d.archiveGround && <div>{groundLabel(d.archiveGround, lang)}</div>}
              {d.note && <div style={{ whiteSpace: "pre-wrap" }}>{d.note}</div>}
              {d.late && (
                <div>
                  <Tag color="red">{t("petitions.late")}</Tag>
                  {d.lateReason}
                </div>
              )}
            </div>
          ) : (
            <Typography.Text type="secondary">{t("petitions.noDecision")}</Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("petitions.assignment")}>
          {p.agency || p.handler
            ? [p.handler?.fullName ?? t("petitions.noHandler"), p.agency?.name].filter(Boolean).join(" — ")
            : t("petitions.unassigned")}
        </Descriptions.Item>
        {r && (
          <Descriptions.Item label={t("petitions.resolution")}>
            <div data-testid="resolution">
              <Typography.Text strong>{r.documentNo}</Typography.Text>{" "}
              {t("petitions.onDate", { date: formatDate(r.date) })}{" "}
              <Tag color={r.onTime ? "green" : "red"}>
                {r.onTime ? t("petitions.onTime") : t("petitions.late")}
              </Tag>
              {p.answerPublished ? (
                <Tag color="blue">{t("petitions.published")}</Tag>
              ) : (
                <Tag>{t("petitions.notPublished")}</Tag>
              )}
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 8, marginBottom: 0 }}>
                {r.answer}
              </Typography.Paragraph>
              {r.lateReason && <div>{r.lateReason}</div>}
            </div>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
