import type { PetitionDetail } from "@danvan/common";
import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionPeople, usePetitionStep } from "../../api";

type Values = { agencyId: string; handlerId: string; note?: string };

/** The agency and the handler who verifies and drafts the answer; both within the petition's unit. */
export function AssignModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const agencyId = Form.useWatch("agencyId", form);
  const people = usePetitionPeople(petition.id, true);
  const step = usePetitionStep(petition.id, "assign");
  const reportError = useReportError();
  const handlers = (people.data?.handlers ?? []).filter(
    (h) => !agencyId || !h.agencyId || h.agencyId === agencyId,
  );

  return (
    <FormModal
      title={t("petitions.actions.assign")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="assign-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ agencyId: petition.agency?.id, handlerId: petition.handler?.id }}
        onFinish={(v) =>
          step.mutate(
            { agencyId: v.agencyId, handlerId: v.handlerId, note: v.note?.trim() || undefined },
            { onSuccess: onClose, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="agencyId"
          label={t("petitions.agency")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.isPending}
            options={(people.data?.agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
            onChange={() => form.setFieldValue("handlerId", undefined)}
            data-testid="assign-agency"
          />
        </Form.Item>
        <Form.Item
          name="handlerId"
          label={t("petitions.handler")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={people.isPending}
            options={handlers.map((h) => ({ value: h.id, label: `${h.fullName} — ${h.unitName}` }))}
            data-testid="assign-handler"
          />
        </Form.Item>
        <Form.Item name="note" label={t("petitions.noteLabel")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
