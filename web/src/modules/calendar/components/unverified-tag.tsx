import { CheckCircleOutlined, ExclamationCircleOutlined } from "@ant-design/icons";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";

/** Unverified values come from a transcription or memory; staff must see that before relying on them. */
export function VerifiedTag({ verified, testId }: { verified: boolean; testId?: string }) {
  const { t } = useTranslation();
  if (verified) {
    return (
      <Tooltip title={t("calendar.rules.verifiedHelp")}>
        <Tag icon={<CheckCircleOutlined />} color="green" data-testid={testId}>
          {t("calendar.rules.verified")}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Tooltip title={t("calendar.rules.unverifiedHelp")}>
      <Tag icon={<ExclamationCircleOutlined />} color="warning" data-testid={testId}>
        {t("calendar.rules.unverified")}
      </Tag>
    </Tooltip>
  );
}
