import { type CreateRuleVersionInput, RuleKind, type RuleVersion } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Alert, DatePicker, Form, Input, Select, Space, Switch } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";
import { blankToNull } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateRuleVersion } from "../api";
import { todayInVietnam } from "../day-kinds";
import { cleanValue, RuleValueFields } from "./rule-value-fields";

type Values = Omit<CreateRuleVersionInput, "effectiveFrom" | "effectiveTo"> & {
  effectiveFrom: Dayjs | null;
  effectiveTo: Dayjs | null;
};

type Props = { base: RuleVersion | null; onClose: () => void; onSaved: (rule: RuleVersion) => void };

/**
 * Adds a version of a rule when the law changes (base = the version in force, whose code and names are
 * kept), or a new rule (base = null). The server closes the open version the day before.
 */
export function RuleFormModal({ base, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateRuleVersion();
  const reportError = useReportError();
  const kind = Form.useWatch("kind", form) ?? base?.kind ?? "deadline";

  const handleFinish = (values: Values) => {
    create.mutate(
      {
        code: values.code,
        kind: values.kind,
        nameVi: values.nameVi,
        nameEn: values.nameEn,
        value: cleanValue(values.value),
        effectiveFrom: values.effectiveFrom?.format("YYYY-MM-DD") ?? "",
        effectiveTo: values.effectiveTo ? values.effectiveTo.format("YYYY-MM-DD") : null,
        sourceRef: values.sourceRef,
        verified: values.verified,
        note: blankToNull(values.note),
      },
      { onSuccess: onSaved, onError: (error) => reportError(error, form) },
    );
  };

  const required = { required: true, whitespace: true, message: t("validation.required") };
  const initialValues: Partial<Values> = base
    ? {
        code: base.code,
        kind: base.kind,
        nameVi: base.nameVi,
        nameEn: base.nameEn,
        value: base.value,
        effectiveFrom: dayjs(todayInVietnam()).add(1, "day"),
        effectiveTo: null,
        verified: false,
      }
    : {
        kind: "deadline",
        value: { basis: "working_days" },
        effectiveFrom: dayjs(todayInVietnam()),
        verified: false,
      };

  return (
    <FormModal
      title={
        base ? t("calendar.rules.addVersionTitle", { name: base.nameVi }) : t("calendar.rules.createTitle")
      }
      width={760}
      isSubmitting={create.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="rule-modal"
    >
      {base && (
        <Alert type="info" showIcon title={t("calendar.rules.versionHelp")} style={{ marginBottom: 12 }} />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} initialValues={initialValues}>
        <Space wrap align="start">
          <Form.Item
            name="code"
            label={t("calendar.rules.code")}
            rules={[required, { pattern: /^[a-z0-9_.-]+$/, message: t("calendar.rules.codeFormat") }]}
            style={{ minWidth: 320 }}
          >
            <Input maxLength={80} disabled={base !== null} data-testid="rule-code" />
          </Form.Item>
          <Form.Item name="kind" label={t("calendar.rules.kindLabel")} rules={[required]}>
            <Select
              style={{ width: 200 }}
              disabled={base !== null}
              data-testid="rule-kind"
              options={RuleKind.options.map((k) => ({ value: k, label: t(`calendar.rules.kind.${k}`) }))}
              onChange={() => form.setFieldValue("value", {})}
            />
          </Form.Item>
        </Space>
        <Form.Item name="nameVi" label={t("calendar.rules.nameVi")} rules={[required]}>
          <Input maxLength={LIMITS.name} data-testid="rule-name-vi" />
        </Form.Item>
        <Form.Item name="nameEn" label={t("calendar.rules.nameEn")} rules={[required]}>
          <Input maxLength={LIMITS.name} data-testid="rule-name-en" />
        </Form.Item>
        <RuleValueFields kind={kind} />
        <Space wrap align="start">
          <Form.Item
            name="effectiveFrom"
            label={t("calendar.rules.effectiveFrom")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <DatePicker format={DATE_INPUT_FORMAT} data-testid="rule-effective-from" />
          </Form.Item>
          <Form.Item
            name="effectiveTo"
            label={t("calendar.rules.effectiveTo")}
            extra={t("calendar.rules.openEnded")}
          >
            <DatePicker format={DATE_INPUT_FORMAT} allowClear data-testid="rule-effective-to" />
          </Form.Item>
        </Space>
        <Form.Item name="sourceRef" label={t("calendar.rules.sourceRef")} rules={[required]}>
          <Input
            maxLength={LIMITS.shortText}
            placeholder={t("calendar.rules.sourcePlaceholder")}
            data-testid="rule-source"
          />
        </Form.Item>
        <Form.Item
          name="verified"
          label={t("calendar.rules.verifiedQuestion")}
          valuePropName="checked"
          extra={t("calendar.rules.verifiedExtra")}
        >
          <Switch data-testid="rule-verified" />
        </Form.Item>
        <Form.Item name="note" label={t("calendar.rules.note")}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="rule-note" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
