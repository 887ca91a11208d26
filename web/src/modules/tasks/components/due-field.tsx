import { Alert, Col, DatePicker, Form, InputNumber, Radio, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useLang } from "../../../lib/use-lang";
import { useDeadlinePreview, useDeadlineRules } from "../api";

export type DueMode = "date" | "workingDays" | "rule";

/** Today in Vietnam, where due dates are kept, whatever the browser's time zone. */
export function todayVn(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}

const isPast = (d: Dayjs) => d.format("YYYY-MM-DD") < todayVn();

/**
 * "Rõ thời gian": a chosen date, a number of working days, or a statutory rule. The engine's answer
 * and its explanation show before saving, computed on the chosen unit's calendar.
 */
export function DueField({ unitId }: { unitId: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = Form.useFormInstance();
  const mode: DueMode = Form.useWatch("dueMode", form) ?? "date";
  const workingDays: number | null = Form.useWatch("workingDays", form) ?? null;
  const ruleCode: string | undefined = Form.useWatch("ruleCode", form);
  const ruleFrom: Dayjs | null = Form.useWatch("ruleFrom", form) ?? null;
  const rules = useDeadlineRules();
  const request = useDebouncedValue(
    !unitId
      ? null
      : mode === "workingDays" && workingDays && workingDays > 0
        ? { from: todayVn(), unitId, amount: workingDays }
        : mode === "rule" && ruleCode
          ? { from: toIsoDate(ruleFrom) ?? todayVn(), unitId, ruleId: ruleCode }
          : null,
    300,
  );
  const preview = useDeadlinePreview(request);
  const required = { required: true, message: t("validation.required") };

  return (
    <>
      <Form.Item name="dueMode" label={t("tasks.create.dueMode")} initialValue="date">
        <Radio.Group>
          <Radio.Button value="date">
            <span data-testid="task-due-mode-date">{t("tasks.create.dueModes.date")}</span>
          </Radio.Button>
          <Radio.Button value="workingDays">
            <span data-testid="task-due-mode-working">{t("tasks.create.dueModes.workingDays")}</span>
          </Radio.Button>
          <Radio.Button value="rule">
            <span data-testid="task-due-mode-rule">{t("tasks.create.dueModes.rule")}</span>
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      {mode === "date" && (
        <Form.Item name="dueDate" label={t("tasks.fields.dueDate")} rules={[required]}>
          <DatePicker format={DATE_INPUT_FORMAT} disabledDate={isPast} data-testid="task-due-date" />
        </Form.Item>
      )}
      {mode === "workingDays" && (
        <Form.Item
          name="workingDays"
          label={t("tasks.create.workingDays")}
          extra={t("tasks.create.workingDaysHint")}
          rules={[required]}
        >
          <InputNumber min={1} max={365} precision={0} data-testid="task-working-days" />
        </Form.Item>
      )}
      {mode === "rule" && (
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="ruleCode" label={t("tasks.create.rule")} rules={[required]}>
              <Select
                showSearch={{ optionFilterProp: "label" }}
                loading={rules.isPending}
                data-testid="task-due-rule"
                options={(rules.data ?? []).map((r) => ({
                  value: r.code,
                  label: `${lang === "vi" ? r.nameVi : r.nameEn} (${r.sourceRef})`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item
              name="ruleFrom"
              label={t("tasks.create.ruleFrom")}
              extra={t("tasks.create.ruleFromHint")}
            >
              <DatePicker format={DATE_INPUT_FORMAT} data-testid="task-due-rule-from" />
            </Form.Item>
          </Col>
        </Row>
      )}
      {mode !== "date" && request && (
        <DuePreview
          isPending={preview.isFetching}
          error={preview.isError}
          due={preview.data?.due}
          explanation={preview.data?.explanation}
          dateLabel={preview.data ? formatDate(preview.data.due, lang) : ""}
        />
      )}
      {mode !== "date" && !unitId && (
        <Typography.Paragraph type="secondary">{t("tasks.create.pickUnitFirst")}</Typography.Paragraph>
      )}
    </>
  );
}

function DuePreview(props: {
  isPending: boolean;
  error: boolean;
  due?: string;
  explanation?: string;
  dateLabel: string;
}) {
  const { t } = useTranslation();
  if (props.error) {
    return (
      <Alert type="warning" showIcon message={t("tasks.create.previewFailed")} style={{ marginBottom: 16 }} />
    );
  }
  if (!props.due) {
    return null;
  }
  const late = props.due < todayVn();
  return (
    <Alert
      type={late ? "warning" : "info"}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="task-due-preview"
      message={t("tasks.create.previewDue", { date: props.dateLabel })}
      description={props.explanation}
    />
  );
}
