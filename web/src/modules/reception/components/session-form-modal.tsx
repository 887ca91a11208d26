import { type ReceptionSessionType, SESSION_TYPE_LABELS } from "@danvan/common";
import { Alert, App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useAgencies } from "../../directory/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useCreateSession, usePeople } from "../api";
import { optionsOf } from "../labels";

type Values = {
  unitId: string;
  type: ReceptionSessionType;
  date: Dayjs;
  startTime: string;
  endTime: string;
  place: string;
  hostId?: string;
  agencyIds?: string[];
  reason?: string;
};

/** A schedule's reception day the session is opened for: its unit, host, place, hours and type. */
export type SessionPreset = {
  scheduleId: string;
  title: string;
  unitId: string;
  type: ReceptionSessionType;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  hostId: string | null;
};

/** Opens a reception session (blank, or for a schedule's day) and goes to its page, where the book is kept. */
export function SessionFormModal({
  unitId,
  preset,
  onClose,
}: {
  unitId: string;
  preset?: SessionPreset;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const chosenUnit = Form.useWatch("unitId", form) ?? unitId;
  const type = Form.useWatch("type", form);
  const people = usePeople(chosenUnit);
  const { data: agencies } = useAgencies(chosenUnit);
  const create = useCreateSession();
  const report = useReportError();

  const handleFinish = (v: Values) => {
    create.mutate(
      {
        unitId: v.unitId,
        type: v.type,
        scheduleId: preset?.scheduleId ?? null,
        date: toIsoDate(v.date) ?? "",
        startTime: v.startTime,
        endTime: v.endTime,
        place: v.place,
        hostId: v.hostId ?? null,
        agencyIds: v.agencyIds ?? [],
        reason: v.reason?.trim() || null,
      },
      {
        onSuccess: (s) => {
          message.success(t("reception.sessions.created", { code: s.code }));
          navigate(`/reception/sessions/${s.id}`);
        },
        onError: (e) => report(e, form),
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={t("reception.sessions.new")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      okButtonProps={{ "data-testid": "session-save" } as never}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={
          preset
            ? {
                ...preset,
                date: dayjs(preset.date),
                hostId: preset.hostId ?? undefined,
              }
            : {
                unitId,
                type: "periodic",
                date: dayjs(),
                startTime: "07:30",
                endTime: "11:30",
                place: t("reception.sessions.defaultPlace"),
              }
        }
      >
        {preset && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={t("reception.sessions.fromSchedule", { title: preset.title })}
            data-testid="session-from-schedule"
          />
        )}
        <Form.Item name="unitId" label={t("reception.fields.unit")} rules={[{ required: true }]}>
          {/* A schedule's day belongs to the schedule's unit. */}
          <UnitTreeSelect disabled={!!preset} />
        </Form.Item>
        <Form.Item name="type" label={t("reception.fields.type")}>
          <Select options={optionsOf(SESSION_TYPE_LABELS, lang)} data-testid="session-type" />
        </Form.Item>
        <Form.Item name="date" label={t("reception.fields.date")} rules={[{ required: true }]}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item label={t("reception.schedule.hours")} style={{ marginBottom: 0 }}>
          <Form.Item
            name="startTime"
            style={{ display: "inline-block", width: 120 }}
            rules={[{ required: true }]}
          >
            <Input placeholder="07:30" />
          </Form.Item>
          <span style={{ display: "inline-block", width: 24, textAlign: "center" }}>–</span>
          <Form.Item
            name="endTime"
            style={{ display: "inline-block", width: 120 }}
            rules={[{ required: true }]}
          >
            <Input placeholder="11:30" />
          </Form.Item>
        </Form.Item>
        <Form.Item name="place" label={t("reception.fields.place")} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="hostId"
          label={t("reception.sessions.host")}
          extra={t("reception.sessions.hostHelp")}
          rules={[{ required: type === "periodic" || type === "ad_hoc", message: t("reception.required") }]}
        >
          <Select
            allowClear
            loading={people.isPending}
            options={(people.data?.directors ?? []).map((p) => ({
              value: p.id,
              label: [p.fullName, p.positionName].filter(Boolean).join(" · "),
            }))}
            // A host prefilled from the schedule is an id until the leaders are loaded: never show the id.
            labelRender={({ label }) => label ?? t("common.loading")}
            data-testid="session-host"
          />
        </Form.Item>
        <Form.Item name="agencyIds" label={t("reception.sessions.agencies")}>
          <Select
            mode="multiple"
            allowClear
            options={(agencies ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        {type === "ad_hoc" && (
          <Form.Item
            name="reason"
            label={t("reception.sessions.reason")}
            extra={t("reception.sessions.reasonHelp")}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
