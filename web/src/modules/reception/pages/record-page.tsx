import { ArrowLeftOutlined } from "@ant-design/icons";
import type { Conclusion } from "@danvan/common";
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PageLoader } from "../../../app/page-loader";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useRecord } from "../api";
import { AddConclusionForm } from "../components/add-conclusion-form";
import { recordKindLabel, taskStatusLabel } from "../labels";

const TASK_COLORS: Record<string, string> = {
  done: "green",
  cancelled: "default",
  returned: "orange",
  submitted: "purple",
};

export default function RecordPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = "" } = useParams();
  const record = useRecord(id);
  if (record.isPending) {
    return <PageLoader />;
  }
  if (record.isError || !record.data) {
    const missing = isApiError(record.error) && ["NOT_FOUND", "VALIDATION"].includes(record.error.code);
    return (
      <Alert
        type="error"
        showIcon
        message={missing ? t("reception.record.notFound") : t("errors.loadFailed")}
      />
    );
  }
  const r = record.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        title={
          <Space>
            <Link to={r.sessionId ? `/reception/sessions/${r.sessionId}` : "/reception/records"}>
              <ArrowLeftOutlined />
            </Link>
            {recordKindLabel(r.kind, lang)}
          </Space>
        }
      >
        <Typography.Title level={4} data-testid="record-subject-view">
          {r.subject}
        </Typography.Title>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t("reception.fields.date")}>{formatDate(r.date, lang)}</Descriptions.Item>
          <Descriptions.Item label={t("reception.fields.place")}>{r.place}</Descriptions.Item>
          <Descriptions.Item label={t("reception.record.attendees")}>
            <Space direction="vertical" size={0}>
              {r.attendees.map((a) => (
                <span key={`${a.side}-${a.name}`}>
                  <Tag>{t(`reception.record.side.${a.side}`)}</Tag>
                  {a.name}
                  {a.role ? ` — ${a.role}` : ""}
                  {a.present ? "" : ` (${t("reception.record.absent")})`}
                </span>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.record.facts")}>{r.facts}</Descriptions.Item>
          <Descriptions.Item label={t("reception.record.causes")}>{r.causes ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("reception.record.responsibility")}>
            {r.responsibility ?? "—"}
          </Descriptions.Item>
          <Descriptions.Item label={t("reception.record.solution")}>{r.solution}</Descriptions.Item>
          {r.petitions.length > 0 && (
            <Descriptions.Item label={t("reception.record.petitions")}>
              <Space wrap>
                {r.petitions.map((p) => (
                  <Link key={p.id} to={`/petitions/${p.id}`}>
                    {p.code}
                  </Link>
                ))}
              </Space>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t("reception.record.conclusions")}>
        <Table<Conclusion>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={r.conclusions}
          locale={{ emptyText: t("reception.record.noConclusions") }}
          data-testid="record-conclusions"
          columns={[
            { title: t("reception.record.conclusionText"), dataIndex: "text", key: "text" },
            {
              title: t("reception.record.task"),
              key: "task",
              render: (_, c) => <Link to={`/tasks/${c.task.id}`}>{c.task.code}</Link>,
            },
            { title: t("reception.record.assignee"), key: "a", render: (_, c) => c.task.assigneeName },
            {
              title: t("reception.record.dueDate"),
              key: "d",
              render: (_, c) => formatDate(c.task.dueDate, lang),
            },
            {
              title: t("common.status"),
              key: "s",
              render: (_, c) => (
                <Space>
                  <Tag color={TASK_COLORS[c.task.status] ?? "blue"} data-testid="conclusion-task-status">
                    {taskStatusLabel(c.task.status, lang)}
                  </Tag>
                  {c.task.isOverdue && <Tag color="red">{t("reception.record.overdue")}</Tag>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {r.abilities.addConclusion && (
        <Card title={t("reception.record.addConclusion")}>
          <AddConclusionForm recordId={r.id} unitId={r.unitId} />
        </Card>
      )}
    </Space>
  );
}
