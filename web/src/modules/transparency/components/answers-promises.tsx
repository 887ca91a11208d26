import {
  type PublicPromise,
  type PublishedAnswer,
  TASK_STATUS_LABELS,
  type TransparencyReport,
} from "@danvan/common";
import { Card, Empty, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";

/** Answers given in published consultations, newest first, each linking to its consultation. */
export function AnswersCard({ answers }: { answers: PublishedAnswer[] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t("transparency.answers.title")}
      extra={<Link to="/public/consultations">{t("transparency.answers.all")}</Link>}
      data-testid="transparency-answers"
    >
      {answers.length === 0 ? (
        <Empty description={t("transparency.answers.none")} />
      ) : (
        <List
          itemLayout="vertical"
          dataSource={answers}
          renderItem={(a) => (
            <List.Item key={`${a.consultationId}-${a.answeredAt}`}>
              <Typography.Text strong>{a.question}</Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0" }}>
                {a.answer}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                <Link to={`/public/consultations/${a.consultationId}`}>{a.consultationTitle}</Link> ·{" "}
                {a.unitName} · {formatDate(a.answeredAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function PromiseState({ p }: { p: PublicPromise }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Space size={4} wrap>
      <Tag color={p.status === "done" ? "green" : p.status === "cancelled" ? "default" : "blue"}>
        {TASK_STATUS_LABELS[p.status][lang]}
      </Tag>
      {p.isOverdue && <Tag color="red">{t("transparency.promises.late")}</Tag>}
    </Space>
  );
}

/** Promises made to the people: how many are kept and late, and the newest ones with their state. */
export function PromisesCard({ promises }: { promises: TransparencyReport["promises"] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t("transparency.promises.title")}
      extra={<Link to="/public/promises">{t("transparency.promises.all")}</Link>}
      data-testid="transparency-promises"
    >
      <Typography.Paragraph data-testid="transparency-promises-counts">
        {t("transparency.promises.counts", {
          total: promises.total,
          done: promises.done,
          overdue: promises.overdue,
        })}
      </Typography.Paragraph>
      {promises.items.length === 0 ? (
        <Empty description={t("transparency.promises.none")} />
      ) : (
        <List
          dataSource={promises.items}
          renderItem={(p) => (
            <List.Item key={p.id} extra={<PromiseState p={p} />}>
              <List.Item.Meta
                title={p.title}
                description={`${p.unitName} · ${t("transparency.promises.due", { date: formatDate(p.dueDate) })} · ${p.progress}%`}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
