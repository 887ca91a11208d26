import { PlusOutlined } from "@ant-design/icons";
import type { ConsultationDetail } from "@danvan/common";
import { Button, DatePicker, Form, Input, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { PersonSelect } from "../../tasks/components/person-select";
import { useAddCommitment, useCommitmentPeople } from "../api";
import { CommitmentList } from "./commitment-list";

/** Promises made to the people become public tasks; their state shows here and on the public page. */
export function CommitmentsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {c.abilities.commit && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="commitment-add">
          {t("consultations.commitments.add")}
        </Button>
      )}
      <CommitmentList items={c.commitments} />
      {open && <CommitmentModal c={c} onClose={() => setOpen(false)} />}
    </Space>
  );
}

type Values = {
  title: string;
  summary?: string;
  assigneeId: string;
  directorId?: string;
  due: Dayjs;
  deliverable: string;
};

function CommitmentModal({ c, onClose }: { c: ConsultationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const people = useCommitmentPeople(c.unitId);
  const add = useAddCommitment(c.id);
  const reportError = useReportError();
  const required = [{ required: true, message: t("consultations.form.required") }];
  const submit = async () => {
    const v = await form.validateFields();
    add.mutate(
      {
        title: v.title,
        summary: v.summary ?? "",
        assigneeId: v.assigneeId,
        directorId: v.directorId,
        dueDate: toIsoDate(v.due) ?? "",
        deliverable: v.deliverable,
      },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.commitments.add")}
      isSubmitting={add.isPending}
      onSubmit={submit}
      onCancel={onClose}
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={{ due: dayjs().add(90, "day") }}>
        <Form.Item name="title" label={t("consultations.commitments.title")} rules={required}>
          <Input data-testid="commitment-title" />
        </Form.Item>
        <Form.Item name="summary" label={t("consultations.commitments.summary")}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="assigneeId" label={t("consultations.commitments.assignee")} rules={required}>
          <PersonSelect
            data-testid="commitment-assignee"
            people={people.data?.assignees}
            isLoading={people.isPending}
            placeholder={t("consultations.commitments.assignee")}
          />
        </Form.Item>
        <Form.Item name="directorId" label={t("consultations.fields.director")}>
          <PersonSelect
            people={people.data?.directors}
            isLoading={people.isPending}
            placeholder={t("consultations.fields.director")}
          />
        </Form.Item>
        <Form.Item name="due" label={t("consultations.commitments.dueDate")} rules={required}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item name="deliverable" label={t("consultations.commitments.deliverable")} rules={required}>
          <Input data-testid="commitment-deliverable" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
