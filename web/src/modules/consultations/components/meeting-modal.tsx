import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { ConsultationDetail } from "@danvan/common";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useHouseholds, useRecordMeeting } from "../api";
import { FilesField, type StoredFile } from "./files-field";

type Values = {
  heldOn: Dayjs;
  place: string;
  chairName: string;
  agenda: string;
  attendees: string[];
  minutes: string;
  concerns: { concern: string; answer: string }[];
  files: StoredFile[];
};

/** A dialogue meeting: agenda, households present, minutes, the concerns raised and the answers given. */
export function MeetingModal({ c, onClose }: { c: ConsultationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const area = c.areas[0];
  const households = useHouseholds(area?.unitId, area?.hamlet);
  const record = useRecordMeeting(c.id);
  const reportError = useReportError();
  const required = [{ required: true, message: t("consultations.form.required") }];
  const submit = async () => {
    const v = await form.validateFields();
    record.mutate(
      {
        heldOn: toIsoDate(v.heldOn) ?? "",
        place: v.place,
        chairName: v.chairName,
        agenda: v.agenda
          .split("\n")
          .map((s) => s.trim())
          .filter(Boolean),
        attendeeHouseholdIds: v.attendees ?? [],
        minutes: v.minutes,
        concerns: v.concerns ?? [],
        fileIds: (v.files ?? []).map((f) => f.id),
      },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.meetings.record")}
      width={760}
      isSubmitting={record.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ heldOn: dayjs(), concerns: [], files: [], attendees: [] }}
      >
        <Space wrap>
          <Form.Item name="heldOn" label={t("consultations.meetings.heldOn")} rules={required}>
            <DatePicker format={DATE_INPUT_FORMAT} />
          </Form.Item>
          <Form.Item name="place" label={t("consultations.meetings.place")} rules={required}>
            <Input style={{ width: 280 }} data-testid="meeting-place" />
          </Form.Item>
          <Form.Item name="chairName" label={t("consultations.meetings.chair")} rules={required}>
            <Input style={{ width: 240 }} data-testid="meeting-chair" />
          </Form.Item>
        </Space>
        <Form.Item
          name="agenda"
          label={t("consultations.meetings.agenda")}
          extra={t("consultations.meetings.agendaHelp")}
          rules={required}
        >
          <Input.TextArea rows={3} data-testid="meeting-agenda" />
        </Form.Item>
        <Form.Item
          label={t("consultations.meetings.attendees")}
          extra={t("consultations.meetings.attendeesHelp", { total: households.data?.items.length ?? 0 })}
        >
          <Space.Compact style={{ width: "100%" }}>
            <Form.Item name="attendees" noStyle>
              <Select
                mode="multiple"
                maxTagCount={8}
                loading={households.isPending}
                optionFilterProp="label"
                options={(households.data?.items ?? []).map((h) => ({
                  value: h.id,
                  label: `${h.code} · ${h.headName}`,
                }))}
                data-testid="meeting-attendees"
              />
            </Form.Item>
            <Button
              onClick={() =>
                form.setFieldValue(
                  "attendees",
                  (households.data?.items ?? []).map((h) => h.id),
                )
              }
              data-testid="meeting-all"
            >
              {t("consultations.meetings.all")}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="minutes" label={t("consultations.meetings.minutes")} rules={required}>
          <Input.TextArea rows={4} data-testid="meeting-minutes" />
        </Form.Item>
        <Form.Item label={t("consultations.meetings.concerns")}>
          <Form.List name="concerns">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: "100%" }}>
                {fields.map((f) => (
                  <Space key={f.key} align="start" style={{ width: "100%" }}>
                    <Form.Item name={[f.name, "concern"]} rules={required} noStyle>
                      <Input.TextArea
                        rows={2}
                        placeholder={t("consultations.meetings.concern")}
                        style={{ width: 310 }}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, "answer"]} rules={required} noStyle>
                      <Input.TextArea
                        rows={2}
                        placeholder={t("consultations.meetings.answer")}
                        style={{ width: 310 }}
                      />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()}>
                  {t("consultations.meetings.addConcern")}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="files" label={t("consultations.fields.files")}>
          <FilesField />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
