import { type CreateUnitInput, UnitType } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Checkbox, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { unitTypeLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateUnit } from "../api";
import { UnitTreeSelect } from "./unit-tree-select";

type Values = Omit<CreateUnitInput, "validFrom"> & { validFrom: Dayjs };

type Props = { parentId: string | null; onClose: () => void; onCreated: (name: string) => void };

export function UnitCreateModal({ parentId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const createUnit = useCreateUnit();
  const reportError = useReportError();

  const handleFinish = (values: Values) => {
    const input: CreateUnitInput = {
      ...values,
      parentId: values.parentId ?? null,
      isRemote: Boolean(values.isRemote),
      validFrom: toIsoDate(values.validFrom) ?? "",
    };
    createUnit.mutate(input, {
      onSuccess: (unit) => onCreated(unit.name),
      onError: (error) => reportError(error, form),
    });
  };

  return (
    <FormModal
      title={t("units.createTitle")}
      isSubmitting={createUnit.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="unit-create-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ parentId, isRemote: false, validFrom: dayjs(), type: "xa" }}
      >
        <Form.Item name="parentId" label={t("units.parent")}>
          <UnitTreeSelect allowClear placeholder={t("units.noParent")} data-testid="unit-parent" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t("units.code")}
          rules={[
            { required: true, whitespace: true, message: t("validation.required") },
            { max: LIMITS.code, message: t("validation.maxLength", { max: LIMITS.code }) },
            { pattern: /^[A-Za-z0-9._-]+$/, message: t("validation.codeFormat") },
          ]}
        >
          <Input maxLength={LIMITS.code} data-testid="unit-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("units.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={LIMITS.name} data-testid="unit-name" />
        </Form.Item>
        <Form.Item
          name="type"
          label={t("units.type")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            data-testid="unit-type"
            options={UnitType.options.map((type) => ({ value: type, label: unitTypeLabel(type, lang) }))}
          />
        </Form.Item>
        <Form.Item
          name="validFrom"
          label={t("units.validFrom")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <DatePicker format={DATE_INPUT_FORMAT} data-testid="unit-valid-from" />
        </Form.Item>
        <Form.Item name="isRemote" valuePropName="checked">
          <Checkbox data-testid="unit-remote">{t("units.remote")}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
