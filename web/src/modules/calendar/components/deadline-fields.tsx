import { DatePicker, Form, InputNumber, Select, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";

type Props = {
  /** Fields to pick a rule, shown after the date (staff calculator only). */
  ruleSlot?: ReactNode;
  /** The period the chosen rule gives ("30 ngày"); replaces the amount and basis inputs. */
  ruleText?: string;
};

/** From date, amount and basis: the fields the staff and the public calculators share. */
export function DeadlineFields({ ruleSlot, ruleText }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="from"
        label={t("calendar.deadline.from")}
        extra={t("calendar.deadline.fromHelp")}
        rules={[{ required: true, message: t("validation.required") }]}
      >
        <DatePicker format={DATE_INPUT_FORMAT} allowClear={false} data-testid="deadline-from" />
      </Form.Item>
      {ruleSlot}
      {ruleText !== undefined ? (
        <Form.Item label={t("calendar.deadline.rulePeriod")}>
          <Typography.Text strong data-testid="deadline-rule-period">
            {ruleText}
          </Typography.Text>
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="amount"
            label={t("calendar.deadline.amount")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <InputNumber min={0} max={3650} data-testid="deadline-amount" />
          </Form.Item>
          <Form.Item name="basis" label={t("calendar.basis.label")}>
            <Select
              style={{ maxWidth: 260 }}
              data-testid="deadline-basis"
              options={(["working_days", "calendar_days"] as const).map((b) => ({
                value: b,
                label: t(`calendar.basis.${b}`),
              }))}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
