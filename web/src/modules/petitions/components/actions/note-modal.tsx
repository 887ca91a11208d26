import { PETITION_LIMITS, type PetitionDetail } from "@danvan/common";
import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";
import { AttachmentsField } from "../attachments-field";

type Values = { note: string; attachments?: string[] };

/** A progress note (verification, working session, dialogue), or the head's direction, with its files. */
export function NoteModal({
  petition,
  onClose,
  direction = false,
}: {
  petition: PetitionDetail;
  onClose: () => void;
  direction?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const step = usePetitionStep(petition.id, direction ? "direction" : "notes");
  const reportError = useReportError();
  return (
    <FormModal
      title={t(direction ? "petitions.actions.direct" : "petitions.actions.note")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId={direction ? "direction-modal" : "note-modal"}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ attachments: [] }}
        onFinish={(v) =>
          step.mutate(
            { note: v.note, attachments: v.attachments ?? [] },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="note"
          label={t(direction ? "petitions.directionLabel" : "petitions.noteLabel")}
          extra={t(direction ? "petitions.directionHint" : "petitions.noteHint")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input.TextArea rows={4} maxLength={PETITION_LIMITS.content} data-testid="note-text" />
        </Form.Item>
        <Form.Item name="attachments" label={t("petitions.attachments.label")}>
          <AttachmentsField testId="note-attachments" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
