import {
  LIMITS,
  PETITION_LIMITS,
  type PetitionChannel,
  type PetitionIntakeInput,
  type PetitionKind,
} from "@danvan/common";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type Similar, useIntakePetition, useSimilarCheck } from "../api";
import { AttachmentsField } from "../components/attachments-field";
import {
  PetitionerFields,
  type PetitionerValues,
  petitionerOf,
  signerCountOf,
} from "../components/petitioner-fields";
import { ReceiptModal } from "../components/receipt-modal";
import { SimilarTable } from "../components/similar-panel";
import { CHANNELS, channelLabel, KINDS, kindLabel } from "../labels";

type Values = PetitionerValues & {
  unitId: string;
  channel: PetitionChannel;
  receivedDate: Dayjs;
  kind: PetitionKind;
  summary: string;
  content: string;
  hasOriginalDocuments?: boolean;
  attachments?: string[];
  sourceBody?: string;
  sourceDocumentNo?: string;
};

/** Intake from any channel by an officer; the receipt (code and PIN) is shown once, for the citizen. */
export default function PetitionIntakePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch("channel", form);
  const intake = useIntakePetition();
  const reportError = useReportError();
  const [receipt, setReceipt] = useState<{ id: string; code: string; pin: string } | null>(null);
  const check = useSimilarCheck();
  // The draft last checked for repeats; saving it again after the warning goes ahead.
  const [checked, setChecked] = useState<{ key: string; items: Similar[] } | null>(null);

  const handleFinish = (v: Values) => {
    const input: PetitionIntakeInput = {
      unitId: v.unitId,
      channel: v.channel,
      receivedDate: toIsoDate(v.receivedDate) ?? "",
      kind: v.kind,
      summary: v.summary,
      content: v.content,
      petitioner: petitionerOf(v),
      signerCount: signerCountOf(v),
      hasOriginalDocuments: !!v.hasOriginalDocuments,
      attachments: v.attachments ?? [],
      source:
        v.channel === "transfer"
          ? { bodyName: v.sourceBody ?? "", documentNo: v.sourceDocumentNo?.trim() || undefined }
          : undefined,
    };
    const draftKey = JSON.stringify([input.unitId, input.content, input.petitioner]);
    if (checked?.key !== draftKey) {
      const who = input.petitioner;
      check.mutate(
        {
          unitId: input.unitId,
          content: input.content,
          petitioner: who
            ? { fullName: who.fullName, address: who.address, personalId: who.personalId }
            : null,
        },
        {
          onSuccess: (items) => {
            setChecked({ key: draftKey, items });
            if (items.length === 0) {
              save(input);
            }
          },
          onError: (error) => reportError(error, form),
        },
      );
      return;
    }
    save(input);
  };

  const save = (input: PetitionIntakeInput) => {
    intake.mutate(input, {
      onSuccess: ({ petition, pin }) => setReceipt({ id: petition.id, code: petition.code, pin }),
      onError: (error) => reportError(error, form),
    });
  };

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("petitions.intake.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("petitions.intake.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        style={{ maxWidth: 900 }}
        initialValues={{
          unitId: me.unitId,
          channel: "reception",
          receivedDate: dayjs(),
          kind: "complaint",
          applicantType: "person",
          signerCount: 5,
          attachments: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t("petitions.intake.unit")} rules={[{ required: true }]}>
              <UnitTreeSelect data-testid="intake-unit" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="channel" label={t("petitions.channel")} rules={[{ required: true }]}>
              <Select
                data-testid="intake-channel"
                options={CHANNELS.map((c) => ({ value: c, label: channelLabel(c, lang) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="receivedDate" label={t("petitions.receivedDate")} rules={[{ required: true }]}>
              <DatePicker
                format={DATE_INPUT_FORMAT}
                disabledDate={(d) => d.isAfter(dayjs(), "day")}
                style={{ width: "100%" }}
                data-testid="intake-received-date"
              />
            </Form.Item>
          </Col>
        </Row>
        {channel === "transfer" && (
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item
                name="sourceBody"
                label={t("petitions.intake.sourceBody")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input maxLength={LIMITS.name} data-testid="intake-source-body" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="sourceDocumentNo" label={t("petitions.intake.sourceDocumentNo")}>
                <Input maxLength={LIMITS.code} data-testid="intake-source-no" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Form.Item name="kind" label={t("petitions.kind")}>
          <Radio.Group
            optionType="button"
            data-testid="intake-kind"
            options={KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) }))}
          />
        </Form.Item>
        <PetitionerFields allowAnonymous idPrefix="intake-petitioner" />
        <Form.Item
          name="summary"
          label={t("petitions.summary")}
          rules={[
            { required: true, whitespace: true, min: 5, message: t("validation.minLength", { min: 5 }) },
          ]}
        >
          <Input maxLength={PETITION_LIMITS.summary} showCount data-testid="intake-summary" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t("petitions.content")}
          extra={t("petitions.intake.contentHint")}
          rules={[
            { required: true, whitespace: true, min: 10, message: t("validation.minLength", { min: 10 }) },
          ]}
        >
          <Input.TextArea rows={6} maxLength={PETITION_LIMITS.content} data-testid="intake-content" />
        </Form.Item>
        <Form.Item name="hasOriginalDocuments" valuePropName="checked">
          <Checkbox data-testid="intake-originals">{t("petitions.intake.originals")}</Checkbox>
        </Form.Item>
        <Form.Item name="attachments" label={t("petitions.attachments.label")}>
          <AttachmentsField />
        </Form.Item>
        {checked && checked.items.length > 0 && (
          <Card size="small" style={{ marginBottom: 16 }} data-testid="intake-similar">
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t("petitions.similar.found", { count: checked.items.length })}
              description={t("petitions.intake.similarHint")}
            />
            <SimilarTable items={checked.items} />
          </Card>
        )}
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={intake.isPending || check.isPending}
            data-testid="intake-submit"
          >
            {checked && checked.items.length > 0
              ? t("petitions.intake.submitAnyway")
              : t("petitions.intake.submit")}
          </Button>
          <Button onClick={() => navigate("/petitions")}>{t("common.cancel")}</Button>
        </Space>
      </Form>
      {receipt && (
        <ReceiptModal
          code={receipt.code}
          pin={receipt.pin}
          onClose={() => navigate(`/petitions/${receipt.id}`)}
        />
      )}
    </Card>
  );
}
