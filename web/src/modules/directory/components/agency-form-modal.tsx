import { type Agency, AgencyKind, type CreateAgencyInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateAgency, useUpdateAgency } from "../api";
import { UnitTreeSelect } from "./unit-tree-select";

type Values = CreateAgencyInput & { isActive: boolean };

type Props = { agency: Agency | null; defaultUnitId?: string; onClose: () => void; onSaved: () => void };

/** Creates an agency (agency = null) or edits one. */
export function AgencyFormModal({ agency, defaultUnitId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createAgency = useCreateAgency();
  const updateAgency = useUpdateAgency();
  const reportError = useReportError();
  const isEdit = agency !== null;

  const handleFinish = (values: Values) => {
    const onError = (error: unknown) => reportError(error, form);
    if (agency) {
      updateAgency.mutate(
        { id: agency.id, name: values.name, kind: values.kind, isActive: values.isActive },
        { onSuccess: onSaved, onError },
      );
    } else {
      const { unitId, code, name, kind } = values;
      createAgency.mutate({ unitId, code, name, kind }, { onSuccess: onSaved, onError });
    }
  };

  return (
    <FormModal
      title={isEdit ? t("agencies.editTitle", { name: agency.name }) : t("agencies.createTitle")}
      isSubmitting={createAgency.isPending || updateAgency.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="agency-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={agency ?? { unitId: defaultUnitId, kind: "office", isActive: true }}
      >
        <Form.Item
          name="unitId"
          label={t("agencies.unit")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <UnitTreeSelect disabled={isEdit} data-testid="agency-unit" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t("agencies.code")}
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { pattern: /^[A-Za-z0-9._-]+$/, message: t("validation.codeFormat") },
          ]}
        >
          <Input maxLength={LIMITS.code} disabled={isEdit} data-testid="agency-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("agencies.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.name} data-testid="agency-name" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t("agencies.kind")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            data-testid="agency-kind"
            options={AgencyKind.options.map((kind) => ({ value: kind, label: t(`agencyKind.${kind}`) }))}
          />
        </Form.Item>
        {isEdit && (
          <Form.Item name="isActive" label={t("common.active")} valuePropName="checked">
            <Switch data-testid="agency-active" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
