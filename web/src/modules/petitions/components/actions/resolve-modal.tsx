import { LIMITS, PETITION_LIMITS, type PetitionDetail } from "@danvan/common";
import { Checkbox, DatePicker, Form, Input, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { formatDate } from "../../../../lib/format";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";
import { AttachmentsField } from "../attachments-field";

type Values = {
  decisionNo: string;
  decisionDate: Dayjs;
  answer: string;
  publish: boolean;
  lateReason?: string;
  attachments?: string[];
};

/** The resolution decision or answer document; once published the citizen reads it by code and PIN. */
export function ResolveModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const date = Form.useWatch("decisionDate", form);
  const step = usePetitionStep(petition.id, "resolve");
  const reportError = useReportError();
  const due = petition.resolveDue;
  const late = !!due && (toIsoDate(date) ?? "") > due;
  return (
    <FormModal
      title={t("petitions.actions.resolve")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={680}
      testId="resolve-modal"
    >
      {due && (
        <Typography.Paragraph type="secondary">
          {t("petitions.resolve.due", { date: formatDate(due) })}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ decisionDate: dayjs(), publish: true, attachments: [] }}
        onFinish={(v) =>
          step.mutate(
            {
              decisionNo: v.decisionNo,
              decisionDate: toIsoDate(v.decisionDate) ?? undefined,
              answer: v.answer,
              publish: v.publish,
              lateReason: late ? v.lateReason : undefined,
              attachments: v.attachments ?? [],
            },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="decisionNo"
          label={t("petitions.resolve.documentNo")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.code} data-testid="resolve-document-no" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t("petitions.resolve.date")} rules={[{ required: true }]}>
          <DatePicker format={DATE_INPUT_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item
          name="answer"
          label={t("petitions.resolve.answer")}
          extra={t("petitions.resolve.answerHint")}
          rules={[
            { required: true, whitespace: true, min: 5, message: t("validation.minLength", { min: 5 }) },
          ]}
        >
          <Input.TextArea rows={6} maxLength={PETITION_LIMITS.content} data-testid="resolve-answer" />
        </Form.Item>
        <Form.Item name="attachments" label={t("petitions.resolve.document")}>
          <AttachmentsField testId="resolve-attachments" />
        </Form.Item>
        <Form.Item name="publish" valuePropName="checked">
          <Checkbox data-testid="resolve-publish">{t("petitions.resolve.publish")}</Checkbox>
        </Form.Item>
        {late && (
          <Form.Item
            name="lateReason"
            label={t("petitions.decide.lateReason")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="resolve-late-reason" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
