import { LIMITS, type PetitionDetail } from "@danvan/common";
import { DatePicker, Form, Input, InputNumber, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { formatDate } from "../../../../lib/format";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";

type Values = { reason: string; decisionNo: string; decisionDate: Dayjs; days?: number | null };

/** The head's written decision extending the resolution time, within the rule's count and length. */
export function ExtendModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = usePetitionStep(petition.id, "extend");
  const reportError = useReportError();
  const limits = petition.resolveExtensions;
  const maxDays = limits?.maxDays ?? null;
  return (
    <FormModal
      title={t("petitions.actions.extend")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={600}
      testId="extend-modal"
    >
      {petition.resolveDue && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {t("petitions.extend.due", { date: formatDate(petition.resolveDue) })}
        </Typography.Paragraph>
      )}
      {limits && (
        <Typography.Paragraph type="secondary">
          {t("petitions.extend.count", { next: limits.used + 1, max: limits.max })}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: dayjs() }}
        onFinish={(v) =>
          step.mutate(
            {
              reason: v.reason,
              decisionNo: v.decisionNo,
              decisionDate: toIsoDate(v.decisionDate) ?? undefined,
              days: v.days ?? undefined,
            },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t("petitions.extend.reason")}
          rules={[
            { required: true, whitespace: true, min: 5, message: t("validation.minLength", { min: 5 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="extend-reason" />
        </Form.Item>
        <Form.Item
          name="decisionNo"
          label={t("petitions.extend.decisionNo")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.code} data-testid="extend-decision-no" />
        </Form.Item>
        <Form.Item
          name="decisionDate"
          label={t("petitions.extend.decisionDate")}
          rules={[{ required: true }]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item
          name="days"
          label={t("petitions.extend.days")}
          extra={maxDays !== null ? t("petitions.extend.daysHint", { max: maxDays }) : undefined}
          rules={maxDays === null ? [{ required: true, message: t("validation.required") }] : []}
        >
          <InputNumber min={1} max={maxDays ?? 365} precision={0} data-testid="extend-days" />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t("petitions.extend.notice")}</Typography.Paragraph>
      </Form>
    </FormModal>
  );
}
