import { PETITION_LIMITS, type PetitionDetail } from "@danvan/common";
import { DatePicker, Form, Input, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { FormModal } from "../../../../components/form-modal";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { useLang } from "../../../../lib/use-lang";
import { useReportError } from "../../../../lib/use-report-error";
import { useSecondComplaint } from "../../api";
import { CHANNELS, channelLabel } from "../../labels";
import { usePublicPetitionUnits } from "../../public-api";
import { ReceiptModal } from "../receipt-modal";

type Values = {
  unitId: string;
  channel: string;
  receivedDate: Dayjs;
  summary: string;
  content: string;
  attachments?: string[];
};

/** A second complaint (Luật KN Đ.33) to the next level, linked to this first one. */
export function SecondComplaintModal({
  petition,
  onClose,
}: {
  petition: PetitionDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const units = usePublicPetitionUnits();
  const file = useSecondComplaint(petition.id);
  const reportError = useReportError();
  const [receipt, setReceipt] = useState<{ id: string; code: string; pin: string } | null>(null);

  if (receipt) {
    return (
      <ReceiptModal
        code={receipt.code}
        pin={receipt.pin}
        onClose={() => navigate(`/petitions/${receipt.id}`)}
      />
    );
  }
  return (
    <FormModal
      title={t("petitions.actions.secondComplaint")}
      isSubmitting={file.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={680}
      testId="second-complaint-modal"
    >
      <Typography.Paragraph type="secondary">{t("petitions.second.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          channel: "reception",
          receivedDate: dayjs(),
          summary: petition.summary,
          attachments: [],
        }}
        onFinish={(v) =>
          file.mutate(
            {
              unitId: v.unitId,
              channel: v.channel,
              receivedDate: toIsoDate(v.receivedDate),
              summary: v.summary,
              content: v.content,
              attachments: v.attachments ?? [],
            },
            {
              onSuccess: ({ petition: p, pin }) => setReceipt({ id: p.id, code: p.code, pin }),
              onError: (e) => reportError(e, form),
            },
          )
        }
      >
        <Form.Item
          name="unitId"
          label={t("petitions.second.unit")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={units.isPending}
            options={(units.data ?? [])
              .filter((u) => u.id !== petition.unitId)
              .map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="channel" label={t("petitions.channel")}>
          <Select
            options={CHANNELS.filter((c) => c !== "transfer").map((c) => ({
              value: c,
              label: channelLabel(c, lang),
            }))}
          />
        </Form.Item>
        <Form.Item name="receivedDate" label={t("petitions.receivedDate")}>
          <DatePicker format={DATE_INPUT_FORMAT} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
        </Form.Item>
        <Form.Item name="summary" label={t("petitions.summary")} rules={[{ required: true, min: 5 }]}>
          <Input maxLength={PETITION_LIMITS.summary} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t("petitions.content")}
          rules={[
            { required: true, whitespace: true, min: 10, message: t("validation.minLength", { min: 10 }) },
          ]}
        >
          <Input.TextArea rows={4} maxLength={PETITION_LIMITS.content} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
