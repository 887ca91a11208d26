import type { ReceptionEntry } from "@danvan/common";
import { App, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useRefusalNotice } from "../api";
import { FileField } from "./file-field";

type Values = { noticeNo: string; noticeDate: Dayjs; noticeFileId?: string | null };

/** The written notice of a refused reception (Mẫu 01-TCD; NĐ 154/2026: within 3 working days). */
export function RefusalNoticeModal({ entry, onClose }: { entry: ReceptionEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useRefusalNotice();
  const report = useReportError();
  return (
    <Modal
      open
      title={t("reception.entry.recordNotice")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ noticeDate: dayjs() }}
        onFinish={(v) =>
          save.mutate(
            {
              id: entry.id,
              noticeNo: v.noticeNo,
              noticeDate: toIsoDate(v.noticeDate) ?? "",
              noticeFileId: v.noticeFileId ?? null,
            },
            {
              onSuccess: () => {
                message.success(t("common.saved"));
                onClose();
              },
              onError: (e) => report(e, form),
            },
          )
        }
      >
        <Form.Item name="noticeNo" label={t("reception.entry.noticeNo")} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="noticeDate" label={t("reception.entry.noticeDate")} rules={[{ required: true }]}>
          <DatePicker format={DATE_INPUT_FORMAT} />
        </Form.Item>
        <Form.Item name="noticeFileId" label={t("reception.entry.noticeFile")}>
          <FileField label={t("reception.file.upload")} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
