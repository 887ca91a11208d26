import { type ConsultationDetail, TRACKER_STEPS, type TrackerStep } from "@danvan/common";
import { Button, Checkbox, Empty, Input, Progress, Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { type TrackerRow, useEnrolAffected, useTracker, useUpdateAffected } from "../api";

/** Site clearance household by household: who agreed, compensation, graves moved, and what still worries them. */
export function TrackerTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reportError = useReportError();
  const tracker = useTracker(c.id);
  const enrol = useEnrolAffected(c.id);
  const update = useUpdateAffected(c.id);
  const rows = tracker.data?.rows ?? [];
  const consensus = tracker.data?.consensus ?? c.consensus;
  const done = (step: TrackerStep) => rows.filter((r) => r[step]).length;
  const set = (r: TrackerRow, patch: Partial<Record<TrackerStep, boolean>> & { concern?: string | null }) =>
    update.mutate({ householdId: r.householdId, ...patch }, { onError: (e) => reportError(e) });

  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap align="center">
        <Progress type="circle" size={80} percent={consensus.percent} data-testid="consensus-percent" />
        <Space direction="vertical" size={0}>
          <Typography.Text strong>
            {t("consultations.tracker.consensus", { agreed: consensus.agreed, tracked: consensus.tracked })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {consensus.history
              .slice(-6)
              .map((h) => `${formatDate(h.day, lang)}: ${h.percent}%`)
              .join(" → ")}
          </Typography.Text>
        </Space>
        {c.abilities.edit && (
          <Button
            loading={enrol.isPending}
            onClick={() => enrol.mutate(undefined, { onError: (e) => reportError(e) })}
          >
            {t("consultations.tracker.enrol")}
          </Button>
        )}
      </Space>
      {rows.length === 0 ? (
        <Empty description={t("consultations.tracker.empty")} />
      ) : (
        <Table<TrackerRow>
          rowKey="householdId"
          size="small"
          dataSource={rows}
          scroll={{ x: 1130 }}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          data-testid="tracker-table"
          columns={[
            {
              title: t("consultations.households.head"),
              key: "h",
              fixed: "left",
              width: 200,
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{r.headName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.householdCode} · {r.hamlet}
                  </Typography.Text>
                </Space>
              ),
            },
            ...TRACKER_STEPS.map((step) => ({
              title: `${t(`consultations.tracker.steps.${step}`)} (${done(step)})`,
              key: step,
              width: 105,
              align: "center" as const,
              render: (_: unknown, r: TrackerRow) => (
                <Checkbox
                  checked={r[step]}
                  disabled={!c.abilities.edit}
                  onChange={(e) => set(r, { [step]: e.target.checked })}
                  data-testid={`tracker-${r.householdCode}-${step}`}
                />
              ),
            })),
            {
              title: t("consultations.tracker.concern"),
              key: "concern",
              width: 280,
              render: (_, r) =>
                c.abilities.edit ? (
                  <Input.TextArea
                    size="small"
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    defaultValue={r.concern ?? ""}
                    placeholder="—"
                    onBlur={(e) => {
                      const v = e.target.value.trim() || null;
                      if (v !== r.concern) {
                        set(r, { concern: v });
                      }
                    }}
                  />
                ) : (
                  r.concern
                ),
            },
          ]}
        />
      )}
    </Space>
  );
}
