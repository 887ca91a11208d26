import type { TaskDetail } from "@danvan/common";
import { Descriptions, Progress, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { sourceLabel, TaskTimeLeft } from "./task-status";

/** The five "rõ" of a task, then where it came from and whether it was promised to the people. */
export function TaskFiveClear({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const moved = task.dueDate !== task.originalDueDate;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      data-testid="task-five-clear"
      styles={{ label: { width: 240 } }}
    >
      <Descriptions.Item label={`1. ${t("tasks.five.content")}`}>
        <Typography.Text strong>{task.title}</Typography.Text>
        {task.description && (
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0 0" }}>
            {task.description}
          </Typography.Paragraph>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={`2. ${t("tasks.five.person")}`}>
        {task.assignee?.fullName} — {task.unitName}
        {task.coordinatingUnits.length > 0 && (
          <div>
            <Typography.Text type="secondary">{t("tasks.fields.coordinating")}: </Typography.Text>
            {task.coordinatingUnits.map((u) => (
              <Tag key={u.id}>{u.name}</Tag>
            ))}
          </div>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={`3. ${t("tasks.five.director")}`}>
        {task.director?.fullName}
        {task.authority && <Typography.Text type="secondary"> · {task.authority}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={`4. ${t("tasks.five.time")}`}>
        <Typography.Text strong data-testid="task-due">
          {formatDate(task.dueDate, lang)}
        </Typography.Text>{" "}
        · <TaskTimeLeft task={task} />
        {moved && (
          <div>
            <Typography.Text type="secondary">
              {t("tasks.detail.originalDue", {
                date: formatDate(task.originalDueDate, lang),
                count: task.extensionCount,
              })}
            </Typography.Text>
          </div>
        )}
        {task.dueExplanation && (
          <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
            {task.dueExplanation}
          </Typography.Paragraph>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={`5. ${t("tasks.five.product")}`}>{task.deliverable}</Descriptions.Item>
      <Descriptions.Item label={t("tasks.fields.progress")}>
        <Progress percent={task.progress} style={{ maxWidth: 320 }} />
      </Descriptions.Item>
      <Descriptions.Item label={t("tasks.fields.source")}>
        {sourceLabel(task.source.type, lang)}
        {task.source.label ? ` — ${task.source.label}` : ""}
      </Descriptions.Item>
      {task.publicPromise && (
        <Descriptions.Item label={t("tasks.fields.promise")}>
          <Tag color="red">{t("tasks.detail.publicPromise")}</Tag> {task.publicPromise.title}
          {task.publicPromise.summary && <div>{task.publicPromise.summary}</div>}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t("tasks.detail.assignedBy")}>
        {task.createdBy?.fullName} · {formatDateTime(task.createdAt, lang)}
      </Descriptions.Item>
    </Descriptions>
  );
}
