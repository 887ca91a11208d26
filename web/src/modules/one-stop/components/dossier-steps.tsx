import type { DossierDetail } from "@danvan/common";
import { Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { OverdueTag, TimelinessTag } from "./dossier-tags";

const STEP_COLORS = {
  pending: "default",
  active: "processing",
  done: "success",
  returned: "warning",
} as const;

/** Every processing step of every round with its body, handler, time budget and timeliness. */
export function DossierSteps({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(s) => `${s.round}-${s.stepNo}`}
      dataSource={dossier.steps}
      locale={{ emptyText: t("onestop.noSteps") }}
      scroll={{ x: 560 }}
      data-testid="dossier-steps"
      onRow={(s) => ({ "data-testid": `step-${s.round}-${s.stepNo}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: "#",
          key: "no",
          width: 44,
          render: (_, s) => (dossier.round > 1 ? `${s.round}.${s.stepNo}` : s.stepNo),
        },
        {
          title: t("onestop.step"),
          key: "name",
          render: (_, s) => (
            <>
              <div>{s.name}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[s.agency?.name, s.handler?.name].filter(Boolean).join(" — ") || t("onestop.unassigned")}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t("onestop.budget"),
          key: "budget",
          width: 130,
          render: (_, s) => (
            <>
              <div>{t("onestop.workingDays", { count: s.budgetDays })}</div>
              {s.dueDate && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("onestop.dueDate")} {formatDate(s.dueDate)}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t("common.status"),
          key: "status",
          width: 150,
          render: (_, s) => (
            <Space direction="vertical" size={2}>
              <Tag color={STEP_COLORS[s.status]}>{t(`onestop.stepStatus.${s.status}`)}</Tag>
              {s.completedDate && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDate(s.completedDate)}
                </Typography.Text>
              )}
              <Space size={2} wrap>
                <TimelinessTag value={s.timeliness} testId="step-timeliness" />
                <OverdueTag overdue={s.isOverdue} />
              </Space>
            </Space>
          ),
        },
      ]}
    />
  );
}
