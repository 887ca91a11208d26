import { Alert, Button, Descriptions, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** The tracking code and PIN, shown once: only a keyed hash of the PIN is stored. */
export function ReceiptModal({ code, pin, onClose }: { code: string; pin: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t("petitions.receipt.title")}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="ok" type="primary" onClick={onClose} data-testid="receipt-continue">
          {t("petitions.receipt.continue")}
        </Button>,
      ]}
    >
      <Descriptions column={1} bordered size="middle">
        <Descriptions.Item label={t("petitions.trackingCode")}>
          <Typography.Text strong copyable data-testid="receipt-code">
            {code}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("petitions.pin")}>
          <Typography.Text strong copyable data-testid="receipt-pin">
            {pin}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Alert style={{ marginTop: 16 }} type="warning" showIcon message={t("petitions.receipt.officerHint")} />
    </Modal>
  );
}
