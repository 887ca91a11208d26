import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { CreateRecordBody, ReceptionEntry } from "@danvan/common";
import {
  App,
  Button,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateRecord, usePeople } from "../api";

type Conclusion = {
  text: string;
  assigneeId?: string;
  directorId?: string;
  dueDate?: Dayjs;
  deliverable: string;
};
type Values = Omit<CreateRecordBody, "date" | "conclusions"> & { date: Dayjs; conclusions: Conclusion[] };

type Props = {
  unitId: string;
  sessionId: string;
  date: string;
  place: string;
  hostName: string | null;
  entries: ReceptionEntry[];
  onClose: () => void;
};

/** "Ba mặt một lời": the citizen, the authority and the related party agree on facts and a solution. */
export function RecordFormModal({ unitId, sessionId, date, place, hostName, entries, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const people = usePeople(unitId);
  const create = useCreateRecord();
  const report = useReportError();
  const person = (list: { id: string; fullName: string; positionName: string | null }[] | undefined) =>
    (list ?? []).map((p) => ({
      value: p.id,
      label: [p.fullName, p.positionName].filter(Boolean).join(" · "),
    }));

  const handleFinish = (v: Values) => {
    create.mutate(
      {
        ...v,
        kind: "tripartite",
        unitId,
        sessionId,
        entryId: v.entryId ?? null,
        date: toIsoDate(v.date) ?? "",
        causes: v.causes?.trim() || null,
        responsibility: v.responsibility?.trim() || null,
        conclusions: (v.conclusions ?? []).map((c) => ({
          text: c.text,
          assigneeId: c.assigneeId ?? "",
          directorId: c.directorId ?? "",
          dueDate: toIsoDate(c.dueDate) ?? "",
          deliverable: c.deliverable,
        })),
      },
      {
        onSuccess: (r) => {
          message.success(t("reception.record.saved"));
          navigate(`/reception/records/${r.id}`);
        },
        onError: (e) => report(e, form),
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title={t("reception.record.new")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
      okButtonProps={{ "data-testid": "record-save" } as never}
    >
      <Typography.Paragraph type="secondary">{t("reception.record.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          date: dayjs(date),
          place,
          attendees: [
            { side: "citizen", name: "", present: true },
            { side: "authority", name: hostName ?? "", present: true },
            { side: "related", name: "", present: true },
          ],
          conclusions: [],
        }}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="entryId" label={t("reception.record.entry")}>
              <Select
                allowClear
                data-testid="record-entry"
                options={entries
                  .filter((e) => e.abilities.record)
                  .map((e) => ({
                    value: e.id,
                    label: `${e.seq}. ${e.visitor.name} — ${e.summary.slice(0, 60)}`,
                  }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label={t("reception.fields.date")} rules={[{ required: true }]}>
              <DatePicker format={DATE_INPUT_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t("reception.fields.place")} rules={[{ required: true }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="subject" label={t("reception.record.subject")} rules={[{ required: true, min: 5 }]}>
          <Input maxLength={2000} data-testid="record-subject" />
        </Form.Item>
        <Divider titlePlacement="start">{t("reception.record.attendees")}</Divider>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" style={{ display: "flex" }}>
                  <Form.Item name={[field.name, "side"]} style={{ width: 200 }}>
                    <Select
                      options={["citizen", "authority", "related", "other"].map((s) => ({
                        value: s,
                        label: t(`reception.record.side.${s}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "name"]} rules={[{ required: true }]}>
                    <Input
                      placeholder={t("reception.entry.fullName")}
                      style={{ width: 240 }}
                      data-testid={`record-attendee-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, "role"]}>
                    <Input placeholder={t("reception.record.role")} style={{ width: 220 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ side: "other", present: true })}
              >
                {t("reception.record.addAttendee")}
              </Button>
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start">{t("reception.record.content")}</Divider>
        <Form.Item name="facts" label={t("reception.record.facts")} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={3} maxLength={10000} data-testid="record-facts" />
        </Form.Item>
        <Form.Item name="causes" label={t("reception.record.causes")}>
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Form.Item name="responsibility" label={t("reception.record.responsibility")}>
          <Input.TextArea rows={2} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="solution"
          label={t("reception.record.solution")}
          rules={[{ required: true, min: 5 }]}
        >
          <Input.TextArea rows={2} maxLength={10000} data-testid="record-solution" />
        </Form.Item>
        <Divider titlePlacement="start">{t("reception.record.conclusions")}</Divider>
        <Typography.Paragraph type="secondary">{t("reception.record.conclusionsHelp")}</Typography.Paragraph>
        <Form.List name="conclusions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <div
                  key={field.key}
                  style={{ border: "1px solid #eee", borderRadius: 8, padding: 12, marginBottom: 12 }}
                >
                  <Space align="baseline" style={{ display: "flex", justifyContent: "space-between" }}>
                    <Typography.Text strong>
                      {t("reception.record.conclusionN", { n: i + 1 })}
                    </Typography.Text>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Space>
                  <Form.Item
                    name={[field.name, "text"]}
                    label={t("reception.record.conclusionText")}
                    rules={[{ required: true, min: 5 }]}
                  >
                    <Input.TextArea rows={2} maxLength={2000} data-testid={`conclusion-text-${i}`} />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col span={12}>
                      <Form.Item
                        name={[field.name, "assigneeId"]}
                        label={t("reception.record.assignee")}
                        rules={[{ required: true }]}
                      >
                        <Select
                          options={person(people.data?.assignees)}
                          loading={people.isPending}
                          data-testid={`conclusion-assignee-${i}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={12}>
                      <Form.Item
                        name={[field.name, "directorId"]}
                        label={t("reception.record.director")}
                        rules={[{ required: true }]}
                      >
                        <Select
                          options={person(people.data?.directors)}
                          loading={people.isPending}
                          data-testid={`conclusion-director-${i}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item
                        name={[field.name, "dueDate"]}
                        label={t("reception.record.dueDate")}
                        rules={[{ required: true }]}
                      >
                        <DatePicker
                          format={DATE_INPUT_FORMAT}
                          style={{ width: "100%" }}
                          data-testid={`conclusion-due-${i}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={16}>
                      <Form.Item
                        name={[field.name, "deliverable"]}
                        label={t("reception.record.deliverable")}
                        rules={[{ required: true, min: 3 }]}
                      >
                        <Input maxLength={1000} data-testid={`conclusion-deliverable-${i}`} />
                      </Form.Item>
                    </Col>
                  </Row>
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ dueDate: dayjs().add(10, "day") })}
                data-testid="conclusion-add"
              >
                {t("reception.record.addConclusion")}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
