import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";
import { formatDate } from "../../../lib/format";
import { useReportError } from "../../../lib/use-report-error";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type UnitWeekends, useSetWeekend, useUnitWeekends } from "../api";
import { todayInVietnam } from "../day-kinds";

type Values = { weekend: number[]; effectiveFrom: Dayjs | null };
type Setting = UnitWeekends["items"][number];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A unit's weekly rest days (inherited down the unit tree), e.g. a one-stop shop that works on Saturday. */
export default function WeekendsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [form] = Form.useForm<Values>();
  const settings = useUnitWeekends(unitId);
  const setWeekend = useSetWeekend();
  const reportError = useReportError();
  const days = (weekend: number[]) =>
    weekend.length ? weekend.map((w) => t(`calendar.weekday.${w}`)).join(", ") : t("calendar.noWeekend");

  const handleFinish = (values: Values) => {
    if (!unitId) {
      return;
    }
    setWeekend.mutate(
      { unitId, weekend: values.weekend, effectiveFrom: values.effectiveFrom?.format("YYYY-MM-DD") ?? "" },
      {
        onSuccess: () => message.success(t("common.saved")),
        onError: (error) => reportError(error, form),
      },
    );
  };

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("calendar.weekends.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("calendar.weekends.intro")}</Typography.Paragraph>
      <Alert type="info" showIcon title={t("calendar.weekends.halfDayNote")} style={{ marginBottom: 16 }} />
      <Space orientation="vertical" size={16} style={{ width: "100%", maxWidth: 820 }}>
        <UnitTreeSelect
          value={unitId ?? null}
          onChange={(value) => setUnitId(typeof value === "string" ? value : undefined)}
          placeholder={t("calendar.weekends.pickUnit")}
          aria-label={t("calendar.unit")}
          data-testid="weekend-unit"
          style={{ width: "100%" }}
        />
        {!unitId && <Typography.Text type="secondary">{t("calendar.weekends.pickFirst")}</Typography.Text>}
        {unitId && settings.data && (
          <>
            <Descriptions
              size="small"
              bordered
              column={1}
              items={[
                {
                  key: "now",
                  label: t("calendar.weekends.current", { date: formatDate(settings.data.today) }),
                  children: <span data-testid="weekend-current">{days(settings.data.inForce)}</span>,
                },
              ]}
            />
            <Table<Setting>
              rowKey={(s) => `${s.unitId}-${s.effectiveFrom}`}
              size="small"
              pagination={false}
              dataSource={settings.data.items}
              locale={{ emptyText: t("calendar.weekends.noSettings") }}
              data-testid="weekend-history"
              columns={[
                {
                  title: t("calendar.weekends.effectiveFrom"),
                  key: "from",
                  width: 140,
                  render: (_, s) => formatDate(s.effectiveFrom),
                },
                { title: t("calendar.weekends.restDays"), key: "days", render: (_, s) => days(s.weekend) },
                {
                  title: t("calendar.unit"),
                  key: "unit",
                  render: (_, s) => (
                    <>
                      {s.unitName} {s.isInherited && <Tag>{t("calendar.weekends.inherited")}</Tag>}
                    </>
                  ),
                },
              ]}
            />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t("calendar.weekends.change")}
            </Typography.Title>
            <Form<Values>
              key={unitId}
              form={form}
              layout="vertical"
              onFinish={handleFinish}
              initialValues={{ weekend: settings.data.inForce, effectiveFrom: dayjs(todayInVietnam()) }}
            >
              <Form.Item
                name="weekend"
                label={t("calendar.weekends.restDays")}
                rules={[
                  {
                    validator: (_, v: number[] | undefined) =>
                      (v?.length ?? 0) <= 6
                        ? Promise.resolve()
                        : Promise.reject(new Error(t("calendar.weekends.tooMany"))),
                  },
                ]}
              >
                <Checkbox.Group
                  data-testid="weekend-days"
                  options={WEEKDAYS.map((w) => ({ value: w, label: t(`calendar.weekday.${w}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="effectiveFrom"
                label={t("calendar.weekends.effectiveFrom")}
                rules={[{ required: true, message: t("validation.required") }]}
              >
                <DatePicker format={DATE_INPUT_FORMAT} data-testid="weekend-from" />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={setWeekend.isPending}
                data-testid="weekend-save"
              >
                {t("common.save")}
              </Button>
            </Form>
          </>
        )}
      </Space>
    </Card>
  );
}
