import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { CreateRecordBody, Petition } from "@danvan/common";
import { useQuery } from "@tanstack/react-query";
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../../lib/api-client";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useCreateRecord } from "../api";

type Values = Omit<CreateRecordBody, "date" | "kind"> & { date: Dayjs };

/** A working session on long-standing, complicated petitions: minutes, participants, agreed way forward. */
export function WorkingSessionModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState("");
  const create = useCreateRecord();
  const report = useReportError();
  const petitions = useQuery({
    queryKey: ["reception", "petition-search", q],
    queryFn: () =>
      api.get<{ items: Petition[] }>("/petitions", { status: "any", q: q || undefined, limit: 20 }),
  });

  const handleFinish = (v: Values) =>
    create.mutate(
      {
        ...v,
        kind: "working",
        date: toIsoDate(v.date) ?? "",
        conclusions: [],
        causes: null,
        responsibility: null,
      },
      {
        onSuccess: (r) => {
          message.success(t("reception.record.saved"));
          navigate(`/reception/records/${r.id}`);
        },
        onError: (e) => report(e, form),
      },
    );

  return (
    <Modal
      open
      width={760}
      title={t("reception.records.newWorking")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={create.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          unitId,
          date: dayjs(),
          attendees: [
            { side: "authority", name: "", present: true },
            { side: "other", name: "", present: true },
          ],
        }}
      >
        <Form.Item name="unitId" label={t("reception.fields.unit")} rules={[{ required: true }]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="petitionIds" label={t("reception.record.petitions")} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setQ }}
            loading={petitions.isFetching}
            options={(petitions.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.code} — ${p.summary}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="date" label={t("reception.fields.date")} rules={[{ required: true }]}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item name="place" label={t("reception.fields.place")} rules={[{ required: true, min: 3 }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="subject" label={t("reception.record.subject")} rules={[{ required: true, min: 5 }]}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" style={{ display: "flex" }}>
                  <Form.Item name={[field.name, "name"]} rules={[{ required: true }]}>
                    <Input placeholder={t("reception.entry.fullName")} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, "role"]}>
                    <Input placeholder={t("reception.record.role")} style={{ width: 300 }} />
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
        <Form.Item
          name="facts"
          label={t("reception.records.minutes")}
          rules={[{ required: true, min: 5 }]}
          style={{ marginTop: 16 }}
        >
          <Input.TextArea rows={4} maxLength={10000} />
        </Form.Item>
        <Form.Item
          name="solution"
          label={t("reception.record.solution")}
          rules={[{ required: true, min: 5 }]}
        >
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
