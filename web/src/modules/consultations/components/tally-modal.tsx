import type { ConsultationDetail } from "@danvan/common";
import { Alert, Form, Input, InputNumber, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { type Meeting, useRecordTally } from "../api";
import { FilesField, type StoredFile } from "./files-field";
import {
  countableVillages,
  VillageTallyFields,
  type VillageTallyValues,
  villageTally,
} from "./village-tally-fields";

type Values = {
  meetingId?: string;
  ballotsCast: number;
  invalidBallots: number;
  counts: Record<string, number>;
  minutes: string;
  files: StoredFile[];
  villages?: VillageTallyValues;
};

/** The ballot count of a meeting (Luật THDCCS 2022 Đ.18, Đ.20), entered with the minutes; a correction replaces it. */
export function TallyModal({
  c,
  meetings,
  onClose,
}: {
  c: ConsultationDetail;
  meetings: Meeting[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const tally = useRecordTally(c.id);
  const reportError = useReportError();
  const required = [{ required: true, message: t("consultations.form.required") }];
  // a commune-wide money matter can be counted village by village, which alone decides exactly (Đ.21)
  const splittable = countableVillages(c).length > 1;
  const [byVillage, setByVillage] = useState(splittable && c.result.villageCounting?.mode === "per_village");
  const submit = async () => {
    // a field in error already says why under itself; nothing is left to reject
    const v = await form.validateFields().catch(() => null);
    if (!v) {
      return;
    }
    const totals = byVillage
      ? villageTally(c, v.villages)
      : {
          ballotsCast: v.ballotsCast,
          invalidBallots: v.invalidBallots ?? 0,
          counts: c.options.map((o) => ({ optionId: o.id, count: v.counts?.[o.id] ?? 0 })),
        };
    tally.mutate(
      {
        ...totals,
        meetingId: v.meetingId,
        minutes: v.minutes,
        fileIds: (v.files ?? []).map((f) => f.id),
      },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.tally.title")}
      isSubmitting={tally.isPending}
      onSubmit={submit}
      onCancel={onClose}
      width={byVillage ? 860 : 640}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          invalidBallots: 0,
          files: [],
          meetingId: meetings[0]?.id,
          counts: {},
          // a correction starts from the villages' counts already entered
          villages: countableVillages(c).map((v) => v.tally ?? {}),
        }}
      >
        <Alert
          type="info"
          showIcon
          message={
            byVillage
              ? t("consultations.tally.helpVillages", {
                  total: c.result.totalVoters,
                  villages: countableVillages(c).length,
                  required: c.result.threshold?.required ?? 0,
                })
              : t("consultations.tally.help", { total: c.result.totalVoters })
          }
          style={{ marginBottom: 16 }}
        />
        <Form.Item name="meetingId" label={t("consultations.tally.meeting")}>
          <Select
            allowClear
            options={meetings.map((m) => ({
              value: m.id,
              label: `${formatDate(m.heldOn, lang)} · ${m.place}`,
            }))}
          />
        </Form.Item>
        {splittable && (
          <Form.Item
            label={t("consultations.tally.mode")}
            extra={byVillage ? undefined : t("consultations.tally.singleWarning")}
          >
            <Radio.Group
              value={byVillage}
              onChange={(e) => setByVillage(e.target.value)}
              data-testid="tally-mode"
              options={[
                { value: false, label: t("consultations.tally.single") },
                { value: true, label: t("consultations.tally.perVillage") },
              ]}
            />
          </Form.Item>
        )}
        {byVillage ? (
          <VillageTallyFields c={c} />
        ) : (
          <>
            <Space wrap>
              <Form.Item name="ballotsCast" label={t("consultations.tally.ballotsCast")} rules={required}>
                <InputNumber min={0} max={c.result.totalVoters} data-testid="tally-cast" />
              </Form.Item>
              <Form.Item name="invalidBallots" label={t("consultations.tally.invalid")}>
                <InputNumber min={0} data-testid="tally-invalid" />
              </Form.Item>
            </Space>
            {c.options.map((o, i) => (
              <Form.Item key={o.id} name={["counts", o.id]} label={o.label} rules={required}>
                <InputNumber min={0} data-testid={`tally-count-${i}`} />
              </Form.Item>
            ))}
            <Typography.Paragraph type="secondary">{t("consultations.tally.sumHelp")}</Typography.Paragraph>
          </>
        )}
        <Form.Item name="minutes" label={t("consultations.meetings.minutes")} rules={required}>
          <Input.TextArea rows={3} data-testid="tally-minutes" />
        </Form.Item>
        <Form.Item name="files" label={t("consultations.tally.files")}>
          <FilesField />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
