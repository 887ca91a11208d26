import type { TaskStatsRow } from "@danvan/common";
import { Alert, Card, Segmented, Space, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTaskStats } from "../api";

type By = "assignee" | "unit";

/** Who owes what: counts per person or unit that staff evaluation reads later. */
export default function TaskStatsPage() {
  const { t } = useTranslation();
  const [by, setBy] = useState<By>("unit");
  const stats = useTaskStats(by);
  const num = (key: keyof TaskStatsRow, danger = false) => ({
    title: t(`tasks.stats.${key}`),
    dataIndex: key,
    key,
    width: 120,
    align: "right" as const,
    sorter: (a: TaskStatsRow, b: TaskStatsRow) => Number(a[key]) - Number(b[key]),
    render: (n: number) => (danger && n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
  });
  const columns: TableColumnsType<TaskStatsRow> = [
    {
      title: by === "unit" ? t("tasks.stats.unit") : t("tasks.stats.person"),
      dataIndex: "name",
      key: "name",
    },
    num("assigned"),
    num("open"),
    num("doneOnTime"),
    num("doneLate", true),
    num("overdue", true),
    num("returned", true),
  ];
  return (
    <Card>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("tasks.stats.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("tasks.stats.intro")}</Typography.Paragraph>
        <Segmented<By>
          value={by}
          onChange={setBy}
          options={[
            { value: "unit", label: t("tasks.stats.byUnit") },
            { value: "assignee", label: t("tasks.stats.byPerson") },
          ]}
          data-testid="task-stats-by"
        />
        {stats.isError && <Alert type="error" showIcon message={t("errors.loadFailed")} />}
        <Table<TaskStatsRow>
          rowKey="key"
          columns={columns}
          dataSource={stats.data?.items ?? []}
          loading={stats.isPending}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t("tasks.stats.empty") }}
          data-testid="task-stats-table"
        />
      </Space>
    </Card>
  );
}
