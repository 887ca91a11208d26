import { PlusOutlined } from "@ant-design/icons";
import type { ConsultationDetail } from "@danvan/common";
import { Alert, Button, Empty, Form, Input, List, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { useReportError } from "../../../lib/use-report-error";
import { staffFileUrl, useAddOption } from "../api";
import { FileLinks } from "./file-links";
import { FilesField, type StoredFile } from "./files-field";

type Values = { label: string; description?: string; files?: StoredFile[] };

/** The options put to the people (e.g. the three candidate cemetery sites), frozen once voting opens. */
export function OptionsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const frozen = c.votingOpen || c.result.final;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {c.abilities.edit && !frozen && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="option-add">
          {t("consultations.options.add")}
        </Button>
      )}
      {frozen && (
        <Alert
          type="info"
          showIcon
          message={t(c.result.final ? "consultations.options.frozenClosed" : "consultations.options.frozen")}
        />
      )}
      {c.options.length === 0 ? (
        <Empty description={t("consultations.options.empty")} />
      ) : (
        <List
          dataSource={c.options}
          data-testid="option-list"
          renderItem={(o) => (
            <List.Item>
              <List.Item.Meta
                title={`${o.position}. ${o.label}`}
                description={
                  <Space direction="vertical">
                    {o.description && <Typography.Text>{o.description}</Typography.Text>}
                    <FileLinks files={o.files} urlOf={(f) => staffFileUrl(c.id, f)} />
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {open && <OptionModal id={c.id} onClose={() => setOpen(false)} />}
    </Space>
  );
}

function OptionModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const add = useAddOption(id);
  const reportError = useReportError();
  const submit = async () => {
    const v = await form.validateFields();
    add.mutate(
      { label: v.label, description: v.description ?? "", fileIds: (v.files ?? []).map((f) => f.id) },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.options.add")}
      isSubmitting={add.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ files: [] }}>
        <Form.Item
          name="label"
          label={t("consultations.options.label")}
          rules={[{ required: true, message: t("consultations.form.required") }]}
        >
          <Input maxLength={300} data-testid="option-label" />
        </Form.Item>
        <Form.Item name="description" label={t("consultations.options.description")}>
          <Input.TextArea rows={4} data-testid="option-description" />
        </Form.Item>
        <Form.Item name="files" label={t("consultations.options.files")}>
          <FilesField data-testid="option-files" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
