import { HOST_ROLE_LABELS, HolidayShift } from "@danvan/common";
import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateSchedule, usePeople } from "../api";
import { optionsOf } from "../labels";

type Values = {
  kind: "leader" | "committee";
  hostId?: string;
  hostRole?: string;
  title: string;
  place: string;
  recurrence: { type: "monthly" | "weekly"; days?: number[]; weekdays?: number[]; shift: string };
  startTime: string;
  endTime: string;
  validFrom: Dayjs;
  note?: string;
};

/** Publishes a leader's periodic days or the committee's regular hours. */
export function ScheduleFormModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateSchedule();
  const report = useReportError();
  const people = usePeople(unitId);
  const kind = Form.useWatch("kind", form);
  const type = Form.useWatch(["recurrence", "type"], form);

  const handleFinish = (v: Values) => {
    create.mutate(
      {
        unitId,
        kind: v.kind,
        hostId: v.kind === "leader" ? (v.hostId ?? null) : null,
        hostRole: v.kind === "leader" ? ((v.hostRole as never) ?? null) : null,
        title: v.title,
        place: v.place,
        recurrence:
          v.recurrence.type === "monthly"
            ? { type: "monthly", days: v.recurrence.days ?? [], shift: v.recurrence.shift as never }
            : { type: "weekly", weekdays: v.recurrence.weekdays ?? [], shift: v.recurrence.shift as never },
        startTime: v.startTime,
        endTime: v.endTime,
        validFrom: toIsoDate(v.validFrom) ?? "",
        note: v.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t("common.saved"));
          onClose();
        },
        onError: (e) => report(e, form),
      },
    );
  };

  return (
    <Modal
      open
      width={680}
      title={t("reception.schedule.add")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      okButtonProps={{ "data-testid": "schedule-save" } as never}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          kind: "leader",
          hostRole: "commune_chair",
          title: t("reception.schedule.defaultTitle"),
          recurrence: { type: "monthly", days: [15], shift: "next_working_day" },
          startTime: "07:30",
          endTime: "11:30",
          validFrom: dayjs(),
        }}
      >
        <Form.Item name="kind" label={t("reception.schedule.kind")}>
          <Radio.Group
            options={[
              { value: "leader", label: t("reception.schedule.kindLeader") },
              { value: "committee", label: t("reception.schedule.kindCommittee") },
            ]}
          />
        </Form.Item>
        {kind === "leader" && (
          <>
            <Form.Item
              name="hostId"
              label={t("reception.schedule.host")}
              rules={[{ required: true, message: t("reception.required") }]}
            >
              <Select
                loading={people.isPending}
                options={(people.data?.directors ?? []).map((p) => ({
                  value: p.id,
                  label: [p.fullName, p.positionName].filter(Boolean).join(" · "),
                }))}
                data-testid="schedule-host"
              />
            </Form.Item>
            <Form.Item
              name="hostRole"
              label={t("reception.schedule.hostRole")}
              extra={t("reception.schedule.hostRoleHelp")}
            >
              <Select options={optionsOf(HOST_ROLE_LABELS, lang)} />
            </Form.Item>
          </>
        )}
        <Form.Item name="title" label={t("reception.schedule.titleCol")} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="place" label={t("reception.fields.place")} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={500} data-testid="schedule-place" />
        </Form.Item>
        <Form.Item name={["recurrence", "type"]} label={t("reception.schedule.pattern")}>
          <Radio.Group
            options={[
              { value: "monthly", label: t("reception.recurrence.typeMonthly") },
              { value: "weekly", label: t("reception.recurrence.typeWeekly") },
            ]}
          />
        </Form.Item>
        {type === "weekly" ? (
          <Form.Item
            name={["recurrence", "weekdays"]}
            label={t("reception.recurrence.weekdays")}
            rules={[{ required: true }]}
          >
            <Checkbox.Group
              options={[1, 2, 3, 4, 5, 6].map((d) => ({ value: d, label: t(`reception.weekday.${d}`) }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name={["recurrence", "days"]}
            label={t("reception.recurrence.days")}
            rules={[{ required: true }]}
          >
            <Select
              mode="multiple"
              maxCount={4}
              options={Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
            />
          </Form.Item>
        )}
        <Form.Item name={["recurrence", "shift"]} label={t("reception.recurrence.shiftLabel")}>
          <Select
            options={HolidayShift.options.map((s) => ({
              value: s,
              label: t(`reception.recurrence.shift.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item label={t("reception.schedule.hours")} style={{ marginBottom: 0 }}>
          <Form.Item
            name="startTime"
            style={{ display: "inline-block", width: 120 }}
            rules={[{ required: true, pattern: /^\d{2}:\d{2}$/ }]}
          >
            <Input placeholder="07:30" />
          </Form.Item>
          <span style={{ display: "inline-block", width: 24, textAlign: "center" }}>–</span>
          <Form.Item
            name="endTime"
            style={{ display: "inline-block", width: 120 }}
            rules={[{ required: true, pattern: /^\d{2}:\d{2}$/ }]}
          >
            <Input placeholder="11:30" />
          </Form.Item>
        </Form.Item>
        <Form.Item name="validFrom" label={t("reception.schedule.validFrom")} rules={[{ required: true }]}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label={t("reception.fields.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
