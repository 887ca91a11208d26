import type { AuditEvent } from "@danvan/common";
import { Col, Row, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function changedKeys(before: unknown, after: unknown): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

function pretty(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** Before and after side by side, with the changed top-level fields listed above. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const changed = event.before && event.after ? changedKeys(event.before, event.after) : [];
  return (
    <div data-testid={`audit-diff-${event.seq}`}>
      {changed.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t("audit.changedFields")}: </Typography.Text>
          {changed.map((key) => (
            <Tag key={key} color="gold">
              {key}
            </Tag>
          ))}
        </div>
      )}
      {event.reason && (
        <Typography.Paragraph>
          <Typography.Text type="secondary">{t("audit.reason")}: </Typography.Text>
          {event.reason}
        </Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t("audit.before")}</Typography.Text>
          <pre className="dv-json">{pretty(event.before)}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t("audit.after")}</Typography.Text>
          <pre className="dv-json">{pretty(event.after)}</pre>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("audit.hash")}: {event.hash ? <code>{event.hash}</code> : t("audit.hashPending")}
        {event.requestId && (
          <>
            {" · "}
            {t("audit.requestId")}: <code>{event.requestId}</code>
          </>
        )}
      </Typography.Text>
    </div>
  );
}
