import type { Task } from "@danvan/common";
import { Progress, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { sourceLabel, TaskStatusTag, TaskTimeLeft } from "./task-status";

type Props = { items: Task[]; isLoading: boolean };

export function TaskTable({ items, isLoading }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: TableColumnsType<Task> = [
    {
      title: t("tasks.fields.task"),
      key: "title",
      render: (_, task) => (
        <span>
          <Link to={`/tasks/${task.id}`} data-testid={`task-link-${task.code}`}>
            <Typography.Text strong>{task.title}</Typography.Text>
          </Link>
          {task.publicPromise && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t("tasks.detail.publicPromise")}
            </Tag>
          )}
          <br />
          <Typography.Text type="secondary">
            {task.code} · {sourceLabel(task.source.type, lang)}
            {task.source.label ? ` — ${task.source.label}` : ""}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t("tasks.fields.responsible"),
      key: "assignee",
      width: 200,
      render: (_, task) => (
        <span>
          {task.assignee?.fullName}
          <br />
          <Typography.Text type="secondary">{task.unitName}</Typography.Text>
        </span>
      ),
    },
    {
      title: t("tasks.fields.director"),
      key: "director",
      width: 170,
      render: (_, task) => task.director?.fullName,
    },
    {
      title: t("tasks.fields.dueDate"),
      key: "due",
      width: 150,
      render: (_, task) => (
        <span>
          {formatDate(task.dueDate, lang)}
          <br />
          <TaskTimeLeft task={task} />
        </span>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 150,
      render: (_, task) => <TaskStatusTag status={task.status} isOverdue={task.isOverdue} />,
    },
    {
      title: t("tasks.fields.progress"),
      key: "progress",
      width: 120,
      render: (_, task) => <Progress percent={task.progress} size="small" />,
    },
  ];
  return (
    <Table<Task>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t("tasks.board.empty") }}
      data-testid="task-table"
    />
  );
}
