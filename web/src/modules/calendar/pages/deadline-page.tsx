import type { Unit } from "@danvan/common";
import { Alert, Card, Checkbox, Col, Form, Input, Row, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useLang } from "../../../lib/use-lang";
import { useUnits } from "../../directory/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type DeadlineRequest, useConfirmDeadline, useRules, useYearView } from "../api";
import type { Basis } from "../calendar-types";
import { DeadlineFields } from "../components/deadline-fields";
import { DeadlineResult } from "../components/deadline-result";
import { VerifiedTag } from "../components/unverified-tag";
import { todayInVietnam } from "../day-kinds";
import { hasComplexVariant, previewDeadline, ruleOn, ruleTerms } from "../preview";
import { ruleValueText } from "../rule-text";
import { bannerError, useFieldErrors } from "../use-field-errors";

type Values = {
  from?: Dayjs;
  ruleId?: string;
  amount?: number | null;
  basis?: Basis;
  unitId?: string | null;
  complex?: boolean;
  justification?: string;
};

/** A clerk's tool: when is this due, and why. The browser previews; the server confirms. */
export default function DeadlinePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) as Values | undefined;
  const rules = useRules();
  const units = useUnits();
  const from = values?.from?.format("YYYY-MM-DD");
  const fromYear = Number(from?.slice(0, 4) ?? todayInVietnam().slice(0, 4));
  const unitId = values?.unitId ?? undefined;
  const thisYear = useYearView(fromYear, unitId);
  const nextYear = useYearView(Math.min(2100, fromYear + 1), unitId);

  const deadlineRules = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const r of rules.data ?? []) {
      if (r.kind === "deadline") {
        byCode.set(r.code, lang === "en" ? r.nameEn : r.nameVi);
      }
    }
    return [...byCode].map(([code, name]) => ({ value: code, label: `${name} (${code})` }));
  }, [rules.data, lang]);

  const rule = values?.ruleId && from ? ruleOn(rules.data ?? [], values.ruleId, from) : undefined;
  const unit: Unit | undefined = units.data?.find((u) => u.id === unitId);
  const wantsComplex = values?.complex === true && hasComplexVariant(rule);
  // The engine requires the reason before it grants the longer period of a complex case.
  const complex = wantsComplex && Boolean(values?.justification?.trim());
  const terms = rule ? ruleTerms(rule, { complex, justification: values?.justification, unit }) : null;
  const amount = terms?.amount ?? values?.amount ?? undefined;
  const basis = terms?.basis ?? values?.basis;

  const request: DeadlineRequest | null =
    from && (values?.ruleId || (typeof amount === "number" && basis))
      ? {
          from,
          ...(values?.ruleId
            ? {
                ruleId: values.ruleId,
                complex: complex || undefined,
                justification: values.justification || undefined,
              }
            : { amount: amount ?? undefined, basis }),
          unitId,
        }
      : null;
  const debouncedKey = useDebouncedValue(JSON.stringify(request), 300);
  const confirmedQuery = useConfirmDeadline(
    debouncedKey === "null" ? null : (JSON.parse(debouncedKey) as DeadlineRequest),
    lang,
  );
  useFieldErrors(form, confirmedQuery.error);
  const isCurrent = debouncedKey === JSON.stringify(request);

  const views = [thisYear, nextYear].filter((q) => q.data && !q.isPlaceholderData).map((q) => q.data!);
  const preview =
    from && typeof amount === "number" && basis && views.length === 2
      ? previewDeadline(
          {
            from,
            amount,
            basis,
            variant: terms?.variant,
            ruleLabel: rule ? `${lang === "en" ? rule.nameEn : rule.nameVi} — ${rule.sourceRef}` : undefined,
          },
          views,
        )
      : null;
  const banner = bannerError(confirmedQuery.error);
  const ruleText =
    rule && typeof amount === "number" && basis
      ? ruleValueText({ kind: "deadline", value: { amount: terms?.variant?.amount ?? amount, basis } }, t)
      : undefined;
  const ruleSlot = (
    <>
      <Form.Item name="ruleId" label={t("calendar.deadline.rule")} extra={t("calendar.deadline.ruleHelp")}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          loading={rules.isPending}
          options={deadlineRules}
          placeholder={t("calendar.deadline.noRule")}
          data-testid="deadline-rule"
        />
      </Form.Item>
      {rule && (
        <Typography.Paragraph data-testid="deadline-rule-version">
          {t("calendar.deadline.ruleInForce", { source: rule.sourceRef })}{" "}
          <VerifiedTag verified={rule.verified} />
        </Typography.Paragraph>
      )}
      {values?.ruleId && from && !rule && (
        <Alert
          type="warning"
          showIcon
          title={t("calendar.deadline.noVersion")}
          style={{ marginBottom: 12 }}
        />
      )}
    </>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={11}>
        <Card>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t("calendar.deadline.title")}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t("calendar.deadline.intro")}</Typography.Paragraph>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ from: dayjs(todayInVietnam()), basis: "working_days", complex: false }}
          >
            <DeadlineFields ruleSlot={ruleSlot} ruleText={ruleText} />
            <Form.Item name="unitId" label={t("calendar.unit")} extra={t("calendar.deadline.unitHelp")}>
              <UnitTreeSelect allowClear placeholder={t("calendar.allUnits")} data-testid="deadline-unit" />
            </Form.Item>
            {hasComplexVariant(rule) && (
              <Form.Item name="complex" valuePropName="checked">
                <Checkbox data-testid="deadline-complex">{t("calendar.deadline.complex")}</Checkbox>
              </Form.Item>
            )}
            {wantsComplex && (
              <Form.Item
                name="justification"
                label={t("calendar.deadline.justification")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input.TextArea rows={2} maxLength={2000} data-testid="deadline-justification" />
              </Form.Item>
            )}
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={13}>
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
        <DeadlineResult
          preview={preview}
          confirmed={isCurrent && !confirmedQuery.isPlaceholderData ? (confirmedQuery.data ?? null) : null}
          isConfirming={!isCurrent || confirmedQuery.isFetching}
          lang={lang}
        />
      </Col>
    </Row>
  );
}
