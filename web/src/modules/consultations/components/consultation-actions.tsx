import type { ConsultationDetail, ConsultationPhase } from "@danvan/common";
import { App, Button, Dropdown, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useConsultationStep } from "../api";
import { PHASES, phaseLabel } from "../labels";

/** Publish, move forward, open or close the vote, and report the record sent to the commune. */
export function ConsultationActions({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const step = useConsultationStep(c.id);
  const run = (input: Parameters<typeof step.mutate>[0], done: string) =>
    step.mutate(input, { onSuccess: () => message.success(done), onError: (e) => reportError(e) });
  const later = PHASES.slice(PHASES.indexOf(c.phase) + 1);
  const closed = c.result.final;

  return (
    <Space wrap>
      {c.abilities.edit && (
        <Link to={`/consultations/${c.id}/edit`}>
          <Button data-testid="consultation-edit">{t("common.edit")}</Button>
        </Link>
      )}
      {c.abilities.edit && !c.isPublished && (
        <Button
          type="primary"
          loading={step.isPending}
          data-testid="consultation-publish"
          onClick={() => run({ kind: "publish" }, t("consultations.actions.published"))}
        >
          {t("consultations.actions.publish")}
        </Button>
      )}
      {c.abilities.edit && later.length > 0 && (
        <Dropdown
          trigger={["click"]}
          menu={{
            items: later.map((p) => ({
              key: p,
              label: <span data-testid={`phase-to-${p}`}>{phaseLabel(p, lang)}</span>,
            })),
            onClick: ({ key }) =>
              modal.confirm({
                title: t("consultations.actions.phaseConfirm", {
                  phase: phaseLabel(key as ConsultationPhase, lang),
                }),
                okText: t("consultations.actions.move"),
                cancelText: t("common.cancel"),
                onOk: () => run({ kind: "phase", phase: key as ConsultationPhase }, t("common.saved")),
              }),
          }}
        >
          <Button data-testid="consultation-phase">{t("consultations.actions.nextPhase")}</Button>
        </Dropdown>
      )}
      {c.abilities.manageVoting && c.phase === "decision" && !c.votingOpen && !closed && (
        <Button
          type="primary"
          data-testid="voting-open"
          onClick={() => run({ kind: "voting", open: true }, t("consultations.voting.opened"))}
        >
          {t("consultations.voting.open")}
        </Button>
      )}
      {c.abilities.manageVoting && c.votingOpen && (
        <Button
          danger
          data-testid="voting-close"
          onClick={() =>
            modal.confirm({
              title: t("consultations.voting.closeConfirm"),
              content: t("consultations.voting.closeHelp"),
              okText: t("consultations.voting.close"),
              cancelText: t("common.cancel"),
              onOk: () => run({ kind: "voting", open: false }, t("consultations.voting.closed")),
            })
          }
        >
          {t("consultations.voting.close")}
        </Button>
      )}
      {c.abilities.manageVoting && closed && !c.recordSentAt && (
        <Button
          data-testid="record-sent"
          onClick={() => run({ kind: "recordSent" }, t("consultations.record.sentDone"))}
        >
          {t("consultations.record.markSent")}
        </Button>
      )}
      {c.isPublished && (
        <Link to={`/public/consultations/${c.id}`} target="_blank">
          <Button type="link">{t("consultations.actions.publicPage")}</Button>
        </Link>
      )}
    </Space>
  );
}
