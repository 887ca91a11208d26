import { App, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { formatDate } from "../../../../lib/format";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionFollowUp, usePetitionPeople } from "../../api";

type Kind = "urge" | "report-to-head";
type Values = { headId?: string; note?: string; dueDate?: Dayjs | null };

/** "Đôn đốc" the handler, or report the case to the head for direction: both create a follow-up task. */
export function FollowUpModal({
  petition,
  kind,
  onClose,
}: {
  petition: { id: string };
  kind: Kind;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const people = usePetitionPeople(petition.id, true);
  const followUp = usePetitionFollowUp(petition.id, kind);
  const reportError = useReportError();
  const isReport = kind === "report-to-head";

  const handleFinish = (v: Values) => {
    const note = v.note?.trim() || undefined;
    const dueDate = toIsoDate(v.dueDate) ?? undefined;
    const input = isReport ? { headId: v.headId, note, dueDate } : { directorId: v.headId, note, dueDate };
    followUp.mutate(input, {
      onSuccess: (task) => {
        message.success(t("petitions.followUp.created", { code: task.code, date: formatDate(task.dueDate) }));
        onClose();
      },
      onError: (e) => reportError(e, form),
    });
  };

  return (
    <FormModal
      title={isReport ? t("petitions.actions.reportToHead") : t("petitions.actions.urge")}
      isSubmitting={followUp.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId={`${kind}-modal`}
    >
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="headId"
          label={isReport ? t("petitions.followUp.head") : t("petitions.followUp.director")}
          extra={isReport ? undefined : t("petitions.followUp.directorHint")}
          rules={isReport ? [{ required: true, message: t("validation.required") }] : []}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={people.isPending}
            options={(people.data?.heads ?? []).map((h) => ({
              value: h.id,
              label: `${h.fullName} — ${h.unitName}`,
            }))}
            data-testid="follow-up-head"
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={isReport ? t("petitions.followUp.reportNote") : t("petitions.followUp.urgeNote")}
          rules={
            isReport
              ? [{ required: true, whitespace: true, min: 3, message: t("validation.minLength", { min: 3 }) }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="follow-up-note" />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t("petitions.followUp.dueDate")}
          extra={t("petitions.followUp.dueHint")}
        >
          <DatePicker format={DATE_INPUT_FORMAT} disabledDate={(d) => d.isBefore(dayjs(), "day")} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
