import { App, Button, Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useAddConclusion, usePeople } from "../api";

type Values = {
  text: string;
  assigneeId?: string;
  directorId?: string;
  dueDate?: Dayjs;
  deliverable: string;
};

/** A conclusion added after the meeting (a leader's later direction), assigned as a task at once. */
export function AddConclusionForm({ recordId, unitId }: { recordId: string; unitId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const people = usePeople(unitId);
  const add = useAddConclusion(recordId);
  const report = useReportError();
  const person = (list: { id: string; fullName: string; positionName: string | null }[] | undefined) =>
    (list ?? []).map((p) => ({
      value: p.id,
      label: [p.fullName, p.positionName].filter(Boolean).join(" · "),
    }));
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ dueDate: dayjs().add(10, "day") }}
      onFinish={(v) =>
        add.mutate(
          {
            text: v.text,
            assigneeId: v.assigneeId ?? "",
            directorId: v.directorId ?? "",
            dueDate: toIsoDate(v.dueDate) ?? "",
            deliverable: v.deliverable,
          },
          {
            onSuccess: () => {
              message.success(t("reception.record.conclusionAdded"));
              form.resetFields();
            },
            onError: (e) => report(e, form),
          },
        )
      }
    >
      <Form.Item
        name="text"
        label={t("reception.record.conclusionText")}
        rules={[{ required: true, min: 5 }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="assigneeId" label={t("reception.record.assignee")} rules={[{ required: true }]}>
            <Select options={person(people.data?.assignees)} loading={people.isPending} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="directorId" label={t("reception.record.director")} rules={[{ required: true }]}>
            <Select options={person(people.data?.directors)} loading={people.isPending} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="dueDate" label={t("reception.record.dueDate")} rules={[{ required: true }]}>
            <DatePicker format={DATE_INPUT_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="deliverable"
            label={t("reception.record.deliverable")}
            rules={[{ required: true, min: 3 }]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t("reception.record.addConclusion")}
      </Button>
    </Form>
  );
}
