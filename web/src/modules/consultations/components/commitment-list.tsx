import { type PublicPromise, TASK_STATUS_LABELS } from "@danvan/common";
import { Empty, List, Progress, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";

/** Promises made to the people, carried out as public tasks, with how far they have got. */
export function CommitmentList({ items }: { items: PublicPromise[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) {
    return <Empty description={t("consultations.commitments.empty")} />;
  }
  return (
    <List
      dataSource={items}
      data-testid="commitment-list"
      renderItem={(p) => (
        <List.Item>
          <Space direction="vertical" style={{ width: "100%" }} size={2}>
            <Space wrap>
              <Typography.Text strong>{p.title}</Typography.Text>
              <Tag color={p.status === "done" ? "green" : p.isOverdue ? "red" : "blue"}>
                {TASK_STATUS_LABELS[p.status][lang]}
              </Tag>
              {p.isOverdue && <Tag color="red">{t("consultations.commitments.overdue")}</Tag>}
            </Space>
            {p.summary && <Typography.Text type="secondary">{p.summary}</Typography.Text>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {p.code} · {t("consultations.commitments.due", { date: formatDate(p.dueDate, lang) })}
              {p.completedAt
                ? ` · ${t("consultations.commitments.doneOn", { date: formatDate(p.completedAt, lang) })}`
                : ""}
            </Typography.Text>
            <Progress percent={p.progress} size="small" />
            {p.evidenceSummary && <Typography.Text>{p.evidenceSummary}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}
