import type { TaskSource } from "@danvan/common";
import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useTaskBoard } from "../api";
import { TaskStatusTag, TaskTimeLeft } from "./task-status";

/**
 * The tasks that came from one record (a reception session, a petition…) and their state, for that
 * record's own screen. Other modules import this rather than querying tasks themselves.
 */
export function SourceTasks({ type, id }: { type: TaskSource; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useTaskBoard({ view: "all", status: "any", source: type, sourceId: id, sort: "due" });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      loading={list.isPending}
      dataSource={items}
      locale={{ emptyText: t("tasks.source.empty") }}
      data-testid={`source-tasks-${type}`}
      columns={[
        {
          title: t("tasks.fields.task"),
          key: "title",
          render: (_, task) => (
            <Link to={`/tasks/${task.id}`}>
              <Typography.Text strong>{task.title}</Typography.Text>{" "}
              <Typography.Text type="secondary">{task.code}</Typography.Text>
            </Link>
          ),
        },
        { title: t("tasks.fields.responsible"), key: "a", render: (_, task) => task.assignee?.fullName },
        {
          title: t("tasks.fields.dueDate"),
          key: "due",
          render: (_, task) => (
            <span>
              {formatDate(task.dueDate, lang)} · <TaskTimeLeft task={task} />
            </span>
          ),
        },
        {
          title: t("common.status"),
          key: "s",
          render: (_, task) => <TaskStatusTag status={task.status} isOverdue={task.isOverdue} />,
        },
      ]}
    />
  );
}
