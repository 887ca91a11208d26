import type { Unit, UpdateUnitInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Checkbox, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { useReportError } from "../../../lib/use-report-error";
import { useUpdateUnit } from "../api";

type Props = { unit: Unit; onClose: () => void; onSaved: () => void };

export function UnitEditModal({ unit, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UpdateUnitInput>();
  const updateUnit = useUpdateUnit();
  const reportError = useReportError();

  const handleFinish = (values: UpdateUnitInput) => {
    updateUnit.mutate(
      { id: unit.id, name: values.name, isRemote: Boolean(values.isRemote) },
      { onSuccess: onSaved, onError: (error) => reportError(error, form) },
    );
  };

  return (
    <FormModal
      title={t("units.editTitle", { name: unit.name })}
      isSubmitting={updateUnit.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="unit-edit-modal"
    >
      <Form<UpdateUnitInput>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ name: unit.name, isRemote: unit.isRemote }}
      >
        <Form.Item
          name="name"
          label={t("units.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.name} data-testid="unit-name" />
        </Form.Item>
        <Form.Item name="isRemote" valuePropName="checked">
          <Checkbox data-testid="unit-remote">{t("units.remote")}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
