import type { MailboxMessage } from "@danvan/common";
import { Alert, Card, Descriptions, Empty } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";

/** Shows one outbox message; the body is rendered as text, never as HTML. */
export function MailboxMessageView({ message }: { message: MailboxMessage | null }) {
  const { t } = useTranslation();
  if (!message) {
    return (
      <Card>
        <Empty description={t("mailbox.pick")} />
      </Card>
    );
  }
  return (
    <Card title={message.subject} data-testid="mailbox-message">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: "recipient", label: t("mailbox.recipient"), children: message.recipient },
          { key: "channel", label: t("mailbox.channel"), children: t(`mailbox.channels.${message.channel}`) },
          { key: "status", label: t("common.status"), children: t(`mailbox.statuses.${message.status}`) },
          { key: "createdAt", label: t("common.createdAt"), children: formatDateTime(message.createdAt) },
          { key: "sentAt", label: t("mailbox.sentAt"), children: formatDateTime(message.sentAt) || "—" },
          { key: "attempts", label: t("mailbox.attempts"), children: message.attempts },
        ]}
      />
      {message.lastError && (
        <Alert type="error" showIcon title={message.lastError} style={{ margin: "12px 0" }} />
      )}
      <pre
        className="dv-json"
        style={{ marginTop: 12, maxHeight: 480, fontSize: 13 }}
        data-testid="mailbox-body"
      >
        {message.body}
      </pre>
    </Card>
  );
}
