import type { RuleKind } from "@danvan/common";
import { Form, InputNumber, Select, Space, Switch } from "antd";
import { useTranslation } from "react-i18next";

const DAYS = { min: 0, max: 3650 };

/** The value of a rule version, one set of fields per kind; names match the API's `value.*` error paths. */
export function RuleValueFields({ kind }: { kind: RuleKind }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t("validation.required") }];
  switch (kind) {
    case "deadline":
      return (
        <>
          <Space wrap align="start">
            <Form.Item name={["value", "amount"]} label={t("calendar.rules.f.amount")} rules={required}>
              <InputNumber {...DAYS} data-testid="rule-amount" />
            </Form.Item>
            <Form.Item name={["value", "basis"]} label={t("calendar.basis.label")} rules={required}>
              <Select
                style={{ width: 200 }}
                data-testid="rule-basis"
                options={(["working_days", "calendar_days"] as const).map((b) => ({
                  value: b,
                  label: t(`calendar.basis.${b}`),
                }))}
              />
            </Form.Item>
          </Space>
          <Space wrap align="start">
            {(["complex", "remote", "remoteComplex"] as const).map((key) => (
              <Form.Item
                key={key}
                name={["value", "variants", key]}
                label={t(`calendar.rules.variant.${key}`)}
              >
                <InputNumber {...DAYS} data-testid={`rule-variant-${key}`} />
              </Form.Item>
            ))}
          </Space>
          <Space wrap align="start">
            <Form.Item name={["value", "maxExtensions"]} label={t("calendar.rules.f.maxExtensions")}>
              <InputNumber min={0} max={10} data-testid="rule-max-extensions" />
            </Form.Item>
            <Form.Item name={["value", "extensionAmount"]} label={t("calendar.rules.f.extensionAmount")}>
              <InputNumber {...DAYS} data-testid="rule-extension-amount" />
            </Form.Item>
          </Space>
        </>
      );
    case "frequency":
      return (
        <Space wrap align="start">
          <Form.Item name={["value", "count"]} label={t("calendar.rules.f.count")} rules={required}>
            <InputNumber min={1} max={31} data-testid="rule-count" />
          </Form.Item>
          <Form.Item name={["value", "per"]} label={t("calendar.rules.f.per")} rules={required}>
            <Select
              style={{ width: 140 }}
              data-testid="rule-per"
              options={(["week", "month"] as const).map((p) => ({
                value: p,
                label: t(`calendar.rules.f.${p}`),
              }))}
            />
          </Form.Item>
        </Space>
      );
    case "threshold":
      return (
        <Space wrap align="start">
          <Form.Item name={["value", "numerator"]} label={t("calendar.rules.f.numerator")} rules={required}>
            <InputNumber min={1} data-testid="rule-numerator" />
          </Form.Item>
          <Form.Item
            name={["value", "denominator"]}
            label={t("calendar.rules.f.denominator")}
            rules={required}
          >
            <InputNumber min={1} data-testid="rule-denominator" />
          </Form.Item>
          <Form.Item name={["value", "strict"]} label={t("calendar.rules.f.strict")} valuePropName="checked">
            <Switch data-testid="rule-strict" />
          </Form.Item>
          <Form.Item name={["value", "base"]} label={t("calendar.rules.f.base")} rules={required}>
            <Select
              style={{ width: 220 }}
              data-testid="rule-base"
              options={(["all_households", "villages"] as const).map((b) => ({
                value: b,
                label: t(`calendar.rules.base.${b}`),
              }))}
            />
          </Form.Item>
        </Space>
      );
    case "limit":
      return (
        <Form.Item name={["value", "max"]} label={t("calendar.rules.f.max")} rules={required}>
          <InputNumber min={0} max={1000} data-testid="rule-max" />
        </Form.Item>
      );
  }
}

/** Drops empty optional inputs (cleared numbers come back as null) before the value goes to the API. */
export function cleanValue(value: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value ?? {})) {
    if (v === null || v === undefined) {
      continue;
    }
    out[key] = typeof v === "object" && !Array.isArray(v) ? cleanValue(v as Record<string, unknown>) : v;
  }
  return out;
}
