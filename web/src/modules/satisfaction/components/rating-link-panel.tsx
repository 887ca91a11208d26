import { PrinterOutlined } from "@ant-design/icons";
import type { InteractionKind } from "@danvan/common";
import { Alert, Button, Card, Flex, QRCode, Spin, Typography } from "antd";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/format";
import { useMe } from "../../auth/api";
import { useRatingLink } from "../api";
import { SendToKioskButton } from "./send-to-kiosk-button";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type Props = {
  kind: InteractionKind;
  /** The reception entry, dossier, petition or task id. */
  refId: string;
  /** What the citizen recognises, printed above the QR code. */
  label: string;
};

/**
 * Staff hand the citizen the single-use rating link of a finished interaction: shown as a QR code to
 * scan, copied into a message, printed as an invitation, or sent to the counter's tablet.
 */
export function RatingLinkPanel({ kind, refId, label }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const link = useRatingLink(kind, refId);
  const qrBox = useRef<HTMLDivElement>(null);
  if (link.isPending) {
    return <Spin size="small" />;
  }
  if (link.isError && isApiError(link.error) && link.error.code === "CONFLICT") {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="rating-link-panel"
        data-status="rated"
        title={t("satisfaction.link.rated")}
      />
    );
  }
  if (link.isError) {
    const notYet = isApiError(link.error) && link.error.code === "PRECONDITION_FAILED";
    return (
      <Alert
        type="info"
        showIcon
        data-testid="rating-link-panel"
        data-status="unavailable"
        title={notYet ? t("satisfaction.link.notFinished") : link.error.message}
      />
    );
  }
  const url = `${window.location.origin}${link.data.path}`;
  const until = formatDate(link.data.expiresAt);

  const handlePrint = () => {
    const svg = qrBox.current?.querySelector("svg")?.outerHTML ?? "";
    const w = window.open("", "_blank", "width=480,height=640");
    if (!w) {
      return;
    }
    w.document.write(`<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(
      t("satisfaction.link.printTitle"),
    )}</title><style>body{font-family:sans-serif;text-align:center;padding:24px}svg{width:220px;height:220px}
p{margin:8px 0}.url{font-size:11px;word-break:break-all;color:#555}</style></head><body>
<h2>${escapeHtml(t("satisfaction.link.printTitle"))}</h2><p><strong>${escapeHtml(label)}</strong></p>
<p>${escapeHtml(t("satisfaction.offer.text"))}</p>${svg}<p>${escapeHtml(t("satisfaction.offer.scan"))}</p>
<p class="url">${escapeHtml(url)}</p><p>${escapeHtml(t("satisfaction.offer.until", { date: until }))}</p>
</body></html>`);
    w.document.close();
    w.focus();
    w.print();
  };

  return (
    <Card
      size="small"
      type="inner"
      title={t("satisfaction.link.title")}
      data-testid="rating-link-panel"
      data-status="open"
    >
      <Flex gap={16} wrap align="center">
        <div ref={qrBox}>
          <QRCode value={url} type="svg" size={120} bordered={false} />
        </div>
        <Flex vertical gap={6} style={{ flex: "1 1 240px", minWidth: 0 }}>
          <Typography.Text type="secondary">{t("satisfaction.link.help")}</Typography.Text>
          <Typography.Text
            copyable={{
              text: url,
              tooltips: [t("satisfaction.kiosks.copy"), t("satisfaction.kiosks.copied")],
            }}
            ellipsis
            data-testid="rating-link-url"
          >
            {url}
          </Typography.Text>
          <Typography.Text type="secondary">{t("satisfaction.offer.until", { date: until })}</Typography.Text>
          <Flex gap={8} wrap>
            <Button icon={<PrinterOutlined />} onClick={handlePrint} data-testid="rating-link-print">
              {t("satisfaction.link.print")}
            </Button>
            {me.permissions.includes("satisfaction.kiosk") && (
              <SendToKioskButton kind={kind} refId={refId} label={label} />
            )}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
