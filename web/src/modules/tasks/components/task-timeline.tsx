import { PaperClipOutlined } from "@ant-design/icons";
import type { TaskEvent } from "@danvan/common";
import { Empty, Space, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";

const COLORS: Record<string, string> = {
  assign: "blue",
  accept: "cyan",
  progress: "blue",
  submit: "purple",
  approve: "green",
  direction: "green",
  return: "orange",
  cancel: "gray",
  urge: "red",
  "extension-request": "gold",
  "extension-approve": "green",
  "extension-refuse": "red",
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What an event's data adds to its line: the percentage, the asked-for or assigned date. */
function detailOf(e: TaskEvent, t: (k: string, o?: Record<string, unknown>) => string, lang: "vi" | "en") {
  const data = (e.data ?? {}) as { percent?: number; newDueDate?: string; dueDate?: string };
  if (e.type === "progress" && typeof data.percent === "number") {
    return t("tasks.timeline.percent", { percent: data.percent });
  }
  if (e.type === "extension-request" && data.newDueDate) {
    return t("tasks.timeline.askedDate", { date: formatDate(data.newDueDate, lang) });
  }
  if (e.type === "assign" && data.dueDate) {
    return t("tasks.timeline.dueDate", { date: formatDate(data.dueDate, lang) });
  }
  return null;
}

/** Every recorded step: who, when, what they wrote and which files they attached. */
export function TaskTimeline({ events }: { events: TaskEvent[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (events.length === 0) {
    return <Empty description={t("tasks.timeline.empty")} />;
  }
  return (
    <Timeline
      data-testid="task-timeline"
      items={events.map((e) => {
        const detail = detailOf(e, t, lang);
        return {
          key: e.id,
          color: COLORS[e.type] ?? "gray",
          children: (
            <div data-testid={`task-event-${e.type}`}>
              <Typography.Text strong>
                {t(`tasks.events.${e.type}`, { defaultValue: t("tasks.events.other") })}
              </Typography.Text>
              {detail && <Typography.Text> · {detail}</Typography.Text>}
              <br />
              <Typography.Text type="secondary">
                {e.actor?.fullName ?? t("tasks.timeline.system")} · {formatDateTime(e.createdAt, lang)}
              </Typography.Text>
              {e.note && (
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 4 }}>
                  {e.note}
                </Typography.Paragraph>
              )}
              {e.files.length > 0 && (
                <Space direction="vertical" size={0}>
                  {e.files.map((f) => (
                    <a key={f.id} href={`/api/v1/files/${f.id}`} data-testid="task-evidence-file">
                      <PaperClipOutlined /> {f.name} ({formatSize(f.size)})
                    </a>
                  ))}
                </Space>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
