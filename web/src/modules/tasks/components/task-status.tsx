import type { Task, TaskSource, TaskStatus } from "@danvan/common";
import { TASK_SOURCE_LABELS, TASK_STATUS_LABELS } from "@danvan/common";
import { Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";

export const STATUS_COLORS: Record<TaskStatus, string> = {
  assigned: "blue",
  accepted: "cyan",
  in_progress: "geekblue",
  submitted: "purple",
  returned: "orange",
  done: "green",
  cancelled: "default",
};

/** The task's state as a coloured tag, plus a red "overdue" tag while it is late. */
export function TaskStatusTag({ status, isOverdue }: { status: TaskStatus; isOverdue?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]} data-testid="task-status" data-status={status}>
        {TASK_STATUS_LABELS[status][lang]}
      </Tag>
      {isOverdue && <Tag color="red">{t("tasks.overdue")}</Tag>}
    </Space>
  );
}

export function sourceLabel(source: TaskSource, lang: "vi" | "en"): string {
  return TASK_SOURCE_LABELS[source][lang];
}

/** Working days left or overdue by (from the server's working calendar); how it ended once closed. */
export function TaskTimeLeft({
  task,
}: {
  task: Pick<Task, "workingDaysLeft" | "status" | "completedOnTime">;
}) {
  const { t } = useTranslation();
  if (task.status === "done") {
    return task.completedOnTime ? (
      <Typography.Text type="success">{t("tasks.time.doneOnTime")}</Typography.Text>
    ) : (
      <Typography.Text type="warning">{t("tasks.time.doneLate")}</Typography.Text>
    );
  }
  const left = task.workingDaysLeft;
  if (left === null) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  if (left < 0) {
    return (
      <Typography.Text type="danger" strong data-testid="task-time-left">
        {t("tasks.time.overdueBy", { count: -left })}
      </Typography.Text>
    );
  }
  if (left === 0) {
    return (
      <Typography.Text type="warning" strong data-testid="task-time-left">
        {t("tasks.time.dueToday")}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type={left <= 2 ? "warning" : undefined} data-testid="task-time-left">
      {t("tasks.time.left", { count: left })}
    </Typography.Text>
  );
}
