import { SearchOutlined } from "@ant-design/icons";
import { LIMITS } from "@danvan/common/limits";
import { Button, DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import type { AuditFilter } from "../api";

type Values = {
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

function clean(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  const handleFinish = (values: Values) => {
    onChange({
      action: clean(values.action),
      entityType: clean(values.entityType),
      entityId: clean(values.entityId),
      from: toIsoDate(values.range?.[0]) ?? undefined,
      to: toIsoDate(values.range?.[1]) ?? undefined,
    });
  };

  const handleReset = () => {
    form.resetFields();
    onChange({});
  };

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={handleFinish}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="action" label={t("audit.action")}>
        <Input maxLength={LIMITS.shortText} placeholder="unit.create" data-testid="audit-filter-action" />
      </Form.Item>
      <Form.Item name="entityType" label={t("audit.entityType")}>
        <Input maxLength={LIMITS.shortText} placeholder="unit" data-testid="audit-filter-entity-type" />
      </Form.Item>
      <Form.Item name="entityId" label={t("audit.entityId")}>
        <Input maxLength={LIMITS.shortText} data-testid="audit-filter-entity-id" />
      </Form.Item>
      <Form.Item name="range" label={t("audit.period")}>
        <DatePicker.RangePicker
          format={DATE_INPUT_FORMAT}
          allowEmpty={[true, true]}
          data-testid="audit-filter-range"
        />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-filter-submit">
          {t("common.search")}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={handleReset}>{t("common.reset")}</Button>
      </Form.Item>
    </Form>
  );
}
