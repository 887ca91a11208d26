import { RedoOutlined, ReloadOutlined } from "@ant-design/icons";
import type { FailedJob } from "@danvan/common";
import { App, Button, Card, Space, Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { useReportError } from "../../../lib/use-report-error";
import { useFailedJobs, useRetryJob } from "../api";

function pretty(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

export default function FailedJobsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: jobs, isPending, isFetching, refetch } = useFailedJobs();
  const retryJob = useRetryJob();
  const reportError = useReportError();

  const handleRetry = (job: FailedJob) => {
    retryJob.mutate(job, {
      onSuccess: () => message.success(t("jobs.retried")),
      onError: (error) => reportError(error),
    });
  };

  const columns: TableColumnsType<FailedJob> = [
    { title: t("jobs.queue"), dataIndex: "queue", key: "queue" },
    { title: "ID", dataIndex: "id", key: "id", ellipsis: true },
    { title: t("jobs.retryCount"), dataIndex: "retryCount", key: "retryCount", width: 110 },
    {
      title: t("jobs.createdOn"),
      key: "createdOn",
      width: 160,
      render: (_, j) => formatDateTime(j.createdOn),
    },
    {
      title: t("jobs.failedOn"),
      key: "completedOn",
      width: 160,
      render: (_, j) => formatDateTime(j.completedOn),
    },
    {
      title: t("common.actions"),
      key: "actions",
      width: 140,
      render: (_, j) => (
        <Button
          size="small"
          icon={<RedoOutlined />}
          loading={retryJob.isPending && retryJob.variables?.id === j.id}
          onClick={() => handleRetry(j)}
          data-testid={`job-retry-${j.id}`}
        >
          {t("jobs.retry")}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("jobs.title")}
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          loading={isFetching}
          onClick={() => void refetch()}
          data-testid="jobs-refresh"
        >
          {t("common.refresh")}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t("jobs.description")}</Typography.Paragraph>
      <Table<FailedJob>
        rowKey={(j) => `${j.queue}/${j.id}`}
        columns={columns}
        dataSource={jobs ?? []}
        loading={isPending}
        locale={{ emptyText: t("jobs.empty") }}
        expandable={{
          expandedRowRender: (j) => (
            <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr", gap: 16 }}>
              <div>
                <Typography.Text strong>{t("jobs.data")}</Typography.Text>
                <pre className="dv-json">{pretty(j.data)}</pre>
              </div>
              <div>
                <Typography.Text strong>{t("jobs.output")}</Typography.Text>
                <pre className="dv-json">{pretty(j.output)}</pre>
              </div>
            </div>
          ),
        }}
        scroll={{ x: 900 }}
        data-testid="jobs-table"
      />
    </Card>
  );
}
