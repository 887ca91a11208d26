import { CheckCircleTwoTone, ClockCircleOutlined } from "@ant-design/icons";
import { Alert, Card, Space, Spin, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import type { DeadlineAnswer } from "../calendar-types";
import { isoWeekdayOf } from "../day-kinds";
import type { Preview } from "../preview";
import { VerifiedTag } from "./unverified-tag";

type Props = {
  preview: Preview | null;
  confirmed: DeadlineAnswer | null;
  isConfirming: boolean;
  lang: "vi" | "en";
};

/**
 * The due date and the engine's explanation: the browser's preview first, replaced by the server's answer,
 * which is the one that counts (it also knows notices loaded after this page opened).
 */
export function DeadlineResult({ preview, confirmed, isConfirming, lang }: Props) {
  const { t } = useTranslation();
  const due = confirmed?.due ?? preview?.due;
  if (!due) {
    return (
      <Card data-testid="deadline-result">
        <Typography.Text type="secondary">{t("calendar.deadline.empty")}</Typography.Text>
      </Card>
    );
  }
  const explanation = confirmed
    ? (confirmed.explanations?.[lang] ?? confirmed.explanation)
    : (preview?.explanation[lang] ?? "");
  const steps = confirmed
    ? confirmed.steps.map((st) => st.text)
    : (preview?.steps.map((st) => st[lang]) ?? []);
  const differs = confirmed && preview && confirmed.due !== preview.due;
  return (
    <Card data-testid="deadline-result">
      <Space orientation="vertical" size={8} style={{ width: "100%" }}>
        <Space wrap>
          {confirmed ? (
            <Tag
              icon={<CheckCircleTwoTone twoToneColor="#52c41a" />}
              color="green"
              data-testid="deadline-confirmed"
            >
              {t("calendar.deadline.confirmed")}
            </Tag>
          ) : (
            <Tag icon={<ClockCircleOutlined />} data-testid="deadline-preview-tag">
              {t("calendar.deadline.preview")}
            </Tag>
          )}
          {isConfirming && <Spin size="small" />}
          {confirmed?.rule && <VerifiedTag verified={confirmed.rule.verified} />}
        </Space>
        <Typography.Text type="secondary">{t("calendar.deadline.due")}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="deadline-due">
          {t(`calendar.weekday.${isoWeekdayOf(due)}`)} {formatDate(due)}
        </Typography.Title>
        <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="deadline-explanation">
          {explanation}
        </Typography.Paragraph>
        {steps.length > 0 && (
          <>
            <Typography.Text strong>{t("calendar.deadline.steps")}</Typography.Text>
            <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="deadline-steps">
              {steps.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ol>
          </>
        )}
        {confirmed?.rule && (
          <Typography.Text type="secondary">
            {t("calendar.deadline.ruleSource", { source: confirmed.rule.sourceRef })}
          </Typography.Text>
        )}
        {differs && <Alert type="warning" showIcon title={t("calendar.deadline.differs")} />}
      </Space>
    </Card>
  );
}
