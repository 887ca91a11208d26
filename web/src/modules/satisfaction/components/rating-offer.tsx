import { CheckCircleOutlined, LikeOutlined } from "@ant-design/icons";
import type { RatingOffer } from "@danvan/common";
import { Alert, Button, Card, Flex, QRCode, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { formatDate, formatDateTime } from "../../../lib/format";

/**
 * What a public status page shows once the service is finished: the button to the rating form (and its
 * QR code, to rate on a phone), or that it was rated or ran out. Shown only with the code and PIN proved.
 */
export function RatingOfferCard({ offer, qr = false }: { offer: RatingOffer | null; qr?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (!offer) {
    return null;
  }
  if (offer.status === "rated") {
    return (
      <Alert
        type="success"
        showIcon
        icon={<CheckCircleOutlined />}
        message={t("satisfaction.offer.rated")}
        description={
          offer.ratedAt ? t("satisfaction.offer.ratedOn", { date: formatDateTime(offer.ratedAt) }) : null
        }
        data-testid="rating-offer"
        data-status="rated"
      />
    );
  }
  if (offer.status === "expired" || !offer.path) {
    return (
      <Alert
        type="info"
        showIcon
        message={t("satisfaction.offer.expired")}
        data-testid="rating-offer"
        data-status="expired"
      />
    );
  }
  const path = offer.path;
  return (
    <Card
      type="inner"
      title={t("satisfaction.offer.title")}
      data-testid="rating-offer"
      data-status="open"
      style={{ borderColor: "#1677ff" }}
    >
      <Flex gap={16} wrap align="center" justify="space-between">
        <div style={{ flex: "1 1 260px" }}>
          <Typography.Paragraph>{t("satisfaction.offer.text")}</Typography.Paragraph>
          <Button
            type="primary"
            size="large"
            icon={<LikeOutlined />}
            href={offer.path}
            onClick={(e) => {
              e.preventDefault();
              navigate(path);
            }}
            data-testid="rating-offer-link"
          >
            {t("satisfaction.offer.button")}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t("satisfaction.offer.until", { date: formatDate(offer.expiresAt) })}
          </Typography.Paragraph>
        </div>
        {qr && (
          <Flex vertical align="center" gap={4}>
            <QRCode value={`${window.location.origin}${offer.path}`} size={128} bordered={false} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("satisfaction.offer.scan")}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
