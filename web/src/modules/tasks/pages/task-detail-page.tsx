import { ArrowLeftOutlined } from "@ant-design/icons";
import type { TaskDetail } from "@danvan/common";
import { Alert, Card, Col, Row, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageLoader } from "../../../app/page-loader";
import { isApiError } from "../../../lib/api-client";
import { formatDate, formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useTask } from "../api";
import { TaskActions } from "../components/task-actions";
import { TaskFiveClear } from "../components/task-five-clear";
import { TaskRatingLink } from "../components/task-rating-link";
import { TaskStatusTag } from "../components/task-status";
import { TaskTimeline } from "../components/task-timeline";

type Extension = TaskDetail["extensions"][number];
const EXTENSION_COLORS = { pending: "gold", approved: "green", refused: "red" } as const;

function Extensions({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card
      size="small"
      title={t("tasks.extensions.title")}
      extra={
        <Typography.Text type="secondary">
          {t("tasks.extensions.limit", { used: task.extensionCount, max: task.extensionMax })}
        </Typography.Text>
      }
    >
      <Table<Extension>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={task.extensions}
        locale={{ emptyText: t("tasks.extensions.none") }}
        columns={[
          { title: t("tasks.fields.newDueDate"), key: "d", render: (_, x) => formatDate(x.newDueDate, lang) },
          { title: t("tasks.fields.reason"), dataIndex: "reason", key: "reason" },
          {
            title: t("common.status"),
            key: "s",
            render: (_, x) => (
              <Tag color={EXTENSION_COLORS[x.status]}>{t(`tasks.extensions.status.${x.status}`)}</Tag>
            ),
          },
          {
            title: t("tasks.extensions.decidedAt"),
            key: "at",
            render: (_, x) =>
              x.decidedAt ? `${formatDateTime(x.decidedAt, lang)} ${x.decisionNote ?? ""}` : "—",
          },
        ]}
      />
    </Card>
  );
}

export default function TaskDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const task = useTask(id);
  if (task.isPending) {
    return <PageLoader />;
  }
  if (task.isError || !task.data) {
    const notFound =
      isApiError(task.error) && (task.error.code === "NOT_FOUND" || task.error.code === "VALIDATION");
    return (
      <Alert type="error" showIcon message={notFound ? t("tasks.detail.notFound") : t("errors.loadFailed")} />
    );
  }
  const data = task.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card>
        <Link to="/tasks">
          <ArrowLeftOutlined /> {t("tasks.board.title")}
        </Link>
        <Space style={{ width: "100%", justifyContent: "space-between", marginTop: 8 }} wrap align="start">
          <div>
            <Typography.Text type="secondary" data-testid="task-code">
              {data.code}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: "4px 0 8px" }} data-testid="task-title-view">
              {data.title}
            </Typography.Title>
            <TaskStatusTag status={data.status} isOverdue={data.isOverdue} />
          </div>
          <TaskActions task={data} />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small" title={t("tasks.detail.fiveClear")}>
              <TaskFiveClear task={data} />
            </Card>
            <TaskRatingLink task={data} />
            <Extensions task={data} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t("tasks.detail.timeline")}>
            <TaskTimeline events={data.events} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
