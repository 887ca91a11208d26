import type { TaskDetail } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { DatePicker, Form, Input, InputNumber, Radio, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { useReportError } from "../../../lib/use-report-error";
import { type TaskAction, useTaskAction } from "../api";
import { EvidenceUpload } from "./evidence-upload";

export type ModalKind = Exclude<TaskAction, "accept">;

type Values = {
  note?: string;
  reason?: string;
  percent?: number;
  fileIds?: string[];
  newDueDate?: Dayjs | null;
  approve?: boolean;
};

function bodyOf(kind: ModalKind, v: Values): unknown {
  switch (kind) {
    case "progress":
      return { percent: v.percent, note: v.note ?? "" };
    case "submit":
      return { note: v.note ?? "", fileIds: v.fileIds ?? [] };
    case "cancel":
      return { reason: v.reason ?? "" };
    case "extensions":
      return { newDueDate: toIsoDate(v.newDueDate) ?? "", reason: v.reason ?? "" };
    case "extensions/decide":
      return { approve: v.approve ?? true, note: v.note ?? "" };
    case "approve":
    case "return":
    case "urge":
      return { note: v.note ?? "" };
  }
}

/** One form per lifecycle step; field errors from the server land under the field they name. */
export function ActionModal({
  task,
  kind,
  onClose,
  onCancel,
}: {
  task: TaskDetail;
  kind: ModalKind;
  /** After the step succeeded. */
  onClose: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const action = useTaskAction(task.id);
  const reportError = useReportError();
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const pending = task.extensions.find((x) => x.status === "pending");

  const handleFinish = (values: Values) => {
    action.mutate(
      { action: kind, body: bodyOf(kind, values) },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };

  const noteRequired = kind === "progress" || kind === "submit" || kind === "return";
  return (
    <FormModal
      title={t(`tasks.actions.${kind.replace("/", "-")}`)}
      isSubmitting={action.isPending}
      onSubmit={() => form.submit()}
      onCancel={onCancel}
      danger={kind === "cancel" || kind === "return"}
      submitLabel={t(`tasks.actions.${kind.replace("/", "-")}`)}
      testId={`task-modal-${kind.replace("/", "-")}`}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ approve: true, percent: task.progress }}
      >
        {kind === "progress" && (
          <Form.Item
            name="percent"
            label={t("tasks.fields.percent")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <InputNumber min={0} max={100} precision={0} addonAfter="%" data-testid="task-percent" />
          </Form.Item>
        )}
        {kind === "extensions" && (
          <>
            <Typography.Paragraph type="secondary">
              {t("tasks.extensions.limit", { used: task.extensionCount, max: task.extensionMax })}
            </Typography.Paragraph>
            <Form.Item
              name="newDueDate"
              label={t("tasks.fields.newDueDate")}
              rules={[{ required: true, message: t("validation.required") }]}
            >
              <DatePicker
                format={DATE_INPUT_FORMAT}
                disabledDate={(d) => d.format("YYYY-MM-DD") <= task.dueDate}
                data-testid="task-new-due"
              />
            </Form.Item>
          </>
        )}
        {kind === "extensions/decide" && pending && (
          <>
            <Typography.Paragraph>
              {t("tasks.extensions.asked", { date: formatDate(pending.newDueDate) })}
              <br />
              <Typography.Text type="secondary">{pending.reason}</Typography.Text>
            </Typography.Paragraph>
            <Form.Item name="approve" label={t("tasks.extensions.decision")}>
              <Radio.Group data-testid="task-extension-decision">
                <Radio value={true}>{t("tasks.extensions.approve")}</Radio>
                <Radio value={false}>{t("tasks.extensions.refuse")}</Radio>
              </Radio.Group>
            </Form.Item>
          </>
        )}
        {kind === "cancel" || kind === "extensions" ? (
          <Form.Item
            name="reason"
            label={t("tasks.fields.reason")}
            rules={[required, { min: 3, message: t("validation.minLength", { min: 3 }) }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="task-reason" />
          </Form.Item>
        ) : (
          <Form.Item
            name="note"
            label={t(`tasks.notes.${kind.replace("/", "-")}`)}
            rules={
              noteRequired
                ? [
                    required,
                    ...(kind === "return"
                      ? [{ min: 3, message: t("validation.minLength", { min: 3 }) }]
                      : []),
                  ]
                : []
            }
          >
            <Input.TextArea
              rows={kind === "submit" ? 5 : 3}
              maxLength={kind === "submit" ? LIMITS.longText : 2000}
              data-testid="task-note"
            />
          </Form.Item>
        )}
        {kind === "submit" && (
          <Form.Item name="fileIds" label={t("tasks.evidence.files")} extra={t("tasks.evidence.hint")}>
            <EvidenceUpload />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
