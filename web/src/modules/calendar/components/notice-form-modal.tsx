import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { HolidayNoticeInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateNotice } from "../api";

type DayValues = { date: Dayjs | null; kind: "extra_day_off" | "working_day"; name: string; nameEn: string };
type Values = { year: number; reference: string; title: string; days: DayValues[] };

type Props = { year: number; onClose: () => void; onSaved: (year: number) => void };

const MAX_DAYS = 60;
const ROW = {
  display: "grid",
  gridTemplateColumns: "150px 190px minmax(0, 1fr) minmax(0, 1fr) 32px",
  gap: 8,
  alignItems: "start",
  marginTop: 8,
} as const;

/** Loads a government notice for a year: swapped days off and make-up working Saturdays. */
export function NoticeFormModal({ year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createNotice = useCreateNotice();
  const reportError = useReportError();
  const formYear = Form.useWatch("year", form) ?? year;

  const handleFinish = (values: Values) => {
    const input: HolidayNoticeInput = {
      year: values.year,
      reference: values.reference,
      title: values.title,
      days: values.days.map((d) => ({
        date: d.date ? d.date.format("YYYY-MM-DD") : "",
        kind: d.kind,
        name: d.name,
        nameEn: d.nameEn,
      })),
    };
    createNotice.mutate(input, {
      onSuccess: () => onSaved(values.year),
      onError: (error) => reportError(error, form),
    });
  };

  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <FormModal
      title={t("calendar.notices.createTitle")}
      width={860}
      isSubmitting={createNotice.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      testId="notice-modal"
    >
      <Typography.Paragraph type="secondary">{t("calendar.notices.formHelp")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ year, days: [{ date: null, kind: "working_day", name: "", nameEn: "" }] }}
      >
        <Space wrap align="start" style={{ width: "100%" }}>
          <Form.Item
            name="year"
            label={t("calendar.year")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <InputNumber min={1900} max={2100} data-testid="notice-year" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t("calendar.notices.reference")}
            rules={[required]}
            style={{ minWidth: 300 }}
          >
            <Input
              maxLength={LIMITS.shortText}
              placeholder={t("calendar.notices.referencePlaceholder")}
              data-testid="notice-reference"
            />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t("calendar.notices.noticeTitle")} rules={[required]}>
          <Input
            maxLength={LIMITS.name}
            placeholder={t("calendar.notices.titlePlaceholder", { year: formYear })}
            data-testid="notice-title"
          />
        </Form.Item>
        <Typography.Text strong>{t("calendar.notices.days")}</Typography.Text>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} style={ROW}>
                  <Form.Item
                    name={[field.name, "date"]}
                    rules={[{ required: true, message: t("validation.required") }]}
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      style={{ width: "100%" }}
                      format={DATE_INPUT_FORMAT}
                      placeholder={t("calendar.date")}
                      defaultPickerValue={dayjs(`${formYear}-01-01`)}
                      data-testid={`notice-day-${field.name}-date`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "kind"]} style={{ marginBottom: 8 }}>
                    <Select
                      data-testid={`notice-day-${field.name}-kind`}
                      options={(["working_day", "extra_day_off"] as const).map((k) => ({
                        value: k,
                        label: t(`calendar.kind.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "name"]} rules={[required]} style={{ marginBottom: 8 }}>
                    <Input
                      maxLength={LIMITS.name}
                      placeholder={t("calendar.notices.dayNameVi")}
                      data-testid={`notice-day-${field.name}-name`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "nameEn"]} rules={[required]} style={{ marginBottom: 8 }}>
                    <Input
                      maxLength={LIMITS.name}
                      placeholder={t("calendar.notices.dayNameEn")}
                      data-testid={`notice-day-${field.name}-name-en`}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t("common.remove")}
                      onClick={() => remove(field.name)}
                      data-testid={`notice-day-${field.name}-remove`}
                    />
                  )}
                </div>
              ))}
              {fields.length < MAX_DAYS && (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ date: null, kind: "extra_day_off", name: "", nameEn: "" })}
                  data-testid="notice-add-day"
                >
                  {t("calendar.notices.addDay")}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
