import type { HolidayNotice } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { useReportError } from "../../../lib/use-report-error";
import { useRetractNotice } from "../api";

type Props = { notice: HolidayNotice; onClose: () => void; onDone: () => void };

/** Withdraws a notice entered by mistake; it stays in the history and in the audit log. */
export function NoticeRetractModal({ notice, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const retract = useRetractNotice();
  const reportError = useReportError();
  return (
    <FormModal
      title={t("calendar.notices.retractTitle", { reference: notice.reference })}
      isSubmitting={retract.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      submitLabel={t("calendar.notices.retract")}
      danger
      testId="notice-retract-modal"
    >
      <Typography.Paragraph>{t("calendar.notices.retractHelp")}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) =>
          retract.mutate(
            { id: notice.id, reason },
            { onSuccess: onDone, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t("calendar.notices.reason")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.shortText} data-testid="notice-retract-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
