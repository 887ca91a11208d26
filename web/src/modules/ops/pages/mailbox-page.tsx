import type { MailboxMessage } from "@danvan/common";
import { Card, Col, Row, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { useMailbox } from "../api";
import { MailboxMessageView } from "../components/mailbox-message-view";

const STATUS_COLOR = { pending: "gold", sent: "green", failed: "red" } as const;

export default function MailboxPage() {
  const { t } = useTranslation();
  const { data: messages, isPending } = useMailbox();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = messages?.find((m) => m.id === selectedId) ?? null;

  const columns: TableColumnsType<MailboxMessage> = [
    {
      title: t("mailbox.createdAt"),
      key: "createdAt",
      width: 150,
      render: (_, m) => formatDateTime(m.createdAt),
    },
    { title: t("mailbox.recipient"), dataIndex: "recipient", key: "recipient", ellipsis: true },
    { title: t("mailbox.subject"), dataIndex: "subject", key: "subject", ellipsis: true },
    {
      title: t("common.status"),
      key: "status",
      width: 130,
      render: (_, m) => <Tag color={STATUS_COLOR[m.status]}>{t(`mailbox.statuses.${m.status}`)}</Tag>,
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={13}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t("mailbox.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("mailbox.description")}</Typography.Paragraph>
          <Table<MailboxMessage>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={messages ?? []}
            loading={isPending}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t("mailbox.empty") }}
            rowClassName={(m) => (m.id === selectedId ? "ant-table-row-selected" : "")}
            onRow={(m) => ({
              onClick: () => setSelectedId(m.id),
              onKeyDown: (event) => {
                if (event.key === "Enter") {
                  setSelectedId(m.id);
                }
              },
              tabIndex: 0,
              style: { cursor: "pointer" },
              "data-testid": `mailbox-row-${m.id}`,
            })}
            data-testid="mailbox-table"
          />
        </Card>
      </Col>
      <Col xs={24} xl={11}>
        <MailboxMessageView message={selected} />
      </Col>
    </Row>
  );
}
