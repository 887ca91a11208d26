import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { ConsultationDetail } from "@danvan/common";
import { Button, DatePicker, Form, Input, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useConcernedHouseholds, useRecordMeeting } from "../api";
import { AreaFilter, type AreaPick } from "./area-filter";
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
  const [area, setArea] = useState<{ index: number; pick: AreaPick }>({ index: -1, pick: {} });
  const households = useConcernedHouseholds(c.id, area.pick);
  const picked: string[] = Form.useWatch("attendees", form) ?? [];
  // Labels of every household seen, so picks made under another area or search keep their names.
  const labels = useRef(new Map<string, string>());
  for (const h of households.data?.items ?? []) {
    labels.current.set(h.id, `${h.code} · ${h.headName} · ${h.hamlet}`);
  }
  const shown = (households.data?.items ?? []).map((h) => h.id);
  const options = [...new Set([...picked, ...shown])].map((id) => ({
    value: id,
    label: labels.current.get(id) ?? id,
  }));
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
          extra={t("consultations.meetings.attendeesAreas", { picked: picked.length, areas: c.areas.length })}
        >
          <Space direction="vertical" style={{ width: "100%" }}>
            <Space wrap>
              <AreaFilter
                c={c}
                value={area.index}
                onChange={(index, pick) => setArea({ index, pick })}
                testId="meeting-area"
              />
              <Button
                onClick={() => form.setFieldValue("attendees", [...new Set([...picked, ...shown])])}
                disabled={shown.length === 0}
                data-testid="meeting-all"
              >
                {t("consultations.meetings.allShown", { count: shown.length })}
              </Button>
            </Space>
            <Form.Item name="attendees" noStyle>
              <Select
                mode="multiple"
                maxTagCount={8}
                loading={households.isFetching}
                optionFilterProp="label"
                placeholder={t("consultations.meetings.attendeesSearch")}
                options={options}
                data-testid="meeting-attendees"
              />
            </Form.Item>
          </Space>
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
