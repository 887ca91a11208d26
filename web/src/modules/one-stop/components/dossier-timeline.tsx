import type { DossierDetail } from "@danvan/common";
import { Card, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { dossierFileUrl } from "../api";

const COLORS: Record<string, string> = {
  file: "blue",
  receive: "green",
  "request-supplement": "orange",
  "return-for-supplement": "orange",
  refuse: "red",
  reappoint: "red",
  "late-alert": "red",
  approve: "green",
  "return-result": "green",
  withdraw: "gray",
};

/** The step an event was about (complete-step, assign-step), to say "Complete step 2". */
const stepOf = (data: unknown) =>
  typeof data === "object" && data !== null && typeof (data as { stepNo?: unknown }).stepNo === "number"
    ? (data as { stepNo: number }).stepNo
    : null;

/** Events the applicant did online (supplement, withdrawal) carry `by: "applicant"`. */
const byApplicant = (data: unknown) =>
  typeof data === "object" && data !== null && (data as { by?: unknown }).by === "applicant";

type Answer = { key: string; name: string; fileIds: string[] };

/** An online supplement's answers: which files answer which missing item. */
const answersOf = (data: unknown): Answer[] =>
  typeof data === "object" && data !== null && Array.isArray((data as { answers?: unknown }).answers)
    ? (data as { answers: Answer[] }).answers
    : [];

/** The dossier's whole life, oldest first, with who acted (internal notes: staff only). */
export function DossierTimeline({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t("onestop.timeline")} size="small">
      <Timeline
        data-testid="dossier-timeline"
        items={dossier.events.map((e) => ({
          color: COLORS[e.type] ?? "blue",
          children: (
            <div data-testid={`event-${e.type}`}>
              <Typography.Text strong>
                {t(`onestop.events.${e.type}`, { defaultValue: e.type })}
                {stepOf(e.data) ? ` ${stepOf(e.data)}` : ""}
              </Typography.Text>
              <Typography.Text type="secondary">
                {" "}
                · {formatDateTime(e.at)} ·{" "}
                {e.actor?.name ??
                  ((dossier.channel === "online" && e.type === "file") || byApplicant(e.data)
                    ? t("onestop.applicantOnline")
                    : t("onestop.system"))}
              </Typography.Text>
              {answersOf(e.data).length > 0 && (
                <ul style={{ margin: "4px 0", paddingLeft: 20 }} data-testid="event-answers">
                  {answersOf(e.data).map((a) => (
                    <li key={a.key} data-testid={`event-answer-${a.key}`}>
                      {a.name}
                      {a.fileIds.length === 0
                        ? ` · ${t("onestop.noScan")}`
                        : a.fileIds.map((f, i) => (
                            <a key={f} href={dossierFileUrl(dossier.id, f)} style={{ marginLeft: 8 }}>
                              {t("onestop.fileN", { n: i + 1 })}
                            </a>
                          ))}
                    </li>
                  ))}
                </ul>
              )}
              {e.note && (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                  {e.note}
                </Typography.Paragraph>
              )}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
