import type { RetireUnitInput, Unit } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Alert, DatePicker, Form, Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useRetireUnit } from "../api";
import { UnitTreeSelect } from "./unit-tree-select";

type Values = { validTo: Dayjs; successorIds?: string[]; reason: string };

type Props = { unit: Unit; onClose: () => void; onRetired: () => void };

export function UnitRetireModal({ unit, onClose, onRetired }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const retireUnit = useRetireUnit();
  const reportError = useReportError();

  const handleFinish = (values: Values) => {
    const input: RetireUnitInput = {
      validTo: toIsoDate(values.validTo) ?? "",
      successorIds: values.successorIds ?? [],
      reason: values.reason,
    };
    retireUnit.mutate(
      { id: unit.id, ...input },
      { onSuccess: onRetired, onError: (error) => reportError(error, form) },
    );
  };

  return (
    <FormModal
      title={t("units.retireTitle", { name: unit.name })}
      isSubmitting={retireUnit.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      submitLabel={t("units.retire")}
      danger
      testId="unit-retire-modal"
    >
      <Alert type="warning" showIcon title={t("units.retireHint")} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ validTo: dayjs() }}
      >
        <Form.Item
          name="validTo"
          label={t("units.validTo")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} data-testid="unit-valid-to" />
        </Form.Item>
        <Form.Item name="successorIds" label={t("units.successors")} extra={t("units.successorsHint")}>
          <UnitTreeSelect multiple excludeId={unit.id} data-testid="unit-successors" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t("units.reason")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input.TextArea rows={3} maxLength={LIMITS.shortText} showCount data-testid="unit-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
