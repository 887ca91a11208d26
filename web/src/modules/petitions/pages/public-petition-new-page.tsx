import {
  PETITION_LIMITS,
  type PetitionKind,
  type PublicAttachment,
  type PublicPetitionInput,
} from "@danvan/common";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Space,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { FileUploadField } from "../components/file-upload-field";
import {
  PetitionerFields,
  type PetitionerValues,
  petitionerOf,
  signerCountOf,
} from "../components/petitioner-fields";
import { KINDS, kindLabel } from "../labels";
import { useFilePetition, usePublicPetitionUnits, usePublicUpload } from "../public-api";

type Values = PetitionerValues & {
  unitId: string;
  kind: PetitionKind;
  summary: string;
  content: string;
  attachments?: PublicAttachment[];
};

const newKey = () => crypto.randomUUID();

/** A citizen files a petition online, without an account; the answer is a tracking code and a PIN. */
export default function PublicPetitionNewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const units = usePublicPetitionUnits();
  const file = useFilePetition();
  const upload = usePublicUpload();
  const reportError = useReportError();
  // One key per filing: a retry after a lost answer returns the same code and PIN, never a second petition.
  const [key, setKey] = useState(newKey);
  const [receipt, setReceipt] = useState<{ code: string; pin: string } | null>(null);

  const handleFinish = (v: Values) => {
    const input: PublicPetitionInput = {
      unitId: v.unitId,
      kind: v.kind,
      summary: v.summary,
      content: v.content,
      petitioner: petitionerOf(v),
      signerCount: signerCountOf(v),
      attachments: v.attachments ?? [],
    };
    file.mutate({ input, key }, { onSuccess: setReceipt, onError: (e) => reportError(e, form) });
  };

  if (receipt) {
    return (
      <PublicLayout title={t("petitions.public.new.title")}>
        <Card>
          <Result
            status="success"
            title={t("petitions.public.new.done")}
            subTitle={t("petitions.public.new.doneText")}
          />
          <Descriptions bordered column={1} size="middle" style={{ maxWidth: 520, margin: "0 auto" }}>
            <Descriptions.Item label={t("petitions.trackingCode")}>
              <Typography.Text strong copyable style={{ fontSize: 22 }} data-testid="public-receipt-code">
                {receipt.code}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t("petitions.pin")}>
              <Typography.Text strong copyable style={{ fontSize: 22 }} data-testid="public-receipt-pin">
                {receipt.pin}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Alert
            type="warning"
            showIcon
            style={{ maxWidth: 520, margin: "16px auto" }}
            message={t("petitions.public.new.keepTitle")}
            description={t("petitions.public.new.keepText")}
          />
          <Space style={{ width: "100%", justifyContent: "center" }} wrap>
            <Button type="primary" onClick={() => window.print()}>
              {t("petitions.public.new.print")}
            </Button>
            <Link to={`/public/petitions/status?code=${encodeURIComponent(receipt.code)}`}>
              <Button data-testid="public-go-status">{t("petitions.public.new.goStatus")}</Button>
            </Link>
            <Button
              onClick={() => {
                setReceipt(null);
                setKey(newKey());
                form.resetFields();
              }}
            >
              {t("petitions.public.new.another")}
            </Button>
          </Space>
        </Card>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t("petitions.public.new.title")}>
      <Card>
        <Typography.Paragraph>{t("petitions.public.new.intro")}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={handleFinish}
          style={{ maxWidth: 820 }}
          initialValues={{ kind: "recommendation", applicantType: "person", signerCount: 5 }}
          onValuesChange={(changed: Partial<Values>) => {
            if (
              changed.kind &&
              changed.kind !== "denunciation" &&
              form.getFieldValue("applicantType") === "anonymous"
            ) {
              form.setFieldValue("applicantType", "person");
            }
          }}
        >
          <Form.Item
            name="unitId"
            label={t("petitions.public.new.unit")}
            extra={t("petitions.public.new.unitHint")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={units.isPending}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              placeholder={t("petitions.public.new.unitPick")}
              data-testid="public-unit"
            />
          </Form.Item>
          <Form.Item name="kind" label={t("petitions.kind")}>
            <Radio.Group data-testid="public-kind">
              <Space direction="vertical">
                {KINDS.map((k) => (
                  <Radio key={k} value={k} data-testid={`public-kind-${k}`}>
                    <Typography.Text strong>{kindLabel(k, lang)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {" "}
                      — {t(`petitions.public.kindHint.${k}`)}
                    </Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="summary"
            label={t("petitions.public.new.summary")}
            rules={[
              { required: true, whitespace: true, min: 5, message: t("validation.minLength", { min: 5 }) },
            ]}
          >
            <Input maxLength={PETITION_LIMITS.summary} showCount data-testid="public-summary" />
          </Form.Item>
          <Form.Item
            name="content"
            label={t("petitions.public.new.content")}
            extra={t("petitions.public.new.contentHint")}
            rules={[
              { required: true, whitespace: true, min: 10, message: t("validation.minLength", { min: 10 }) },
            ]}
          >
            <Input.TextArea rows={7} maxLength={PETITION_LIMITS.content} data-testid="public-content" />
          </Form.Item>
          <Typography.Title level={5}>{t("petitions.public.new.aboutYou")}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {kind === "denunciation"
              ? t("petitions.public.new.identityDenunciation")
              : t("petitions.public.new.identity")}
          </Typography.Paragraph>
          <PetitionerFields
            allowAnonymous={kind === "denunciation"}
            anonymousHint={t("petitions.public.new.anonymousHint")}
            idHint={t("petitions.public.new.personalIdHint")}
            idPrefix="public-petitioner"
          />
          <Form.Item
            name="attachments"
            label={t("petitions.attachments.label")}
            extra={t("petitions.public.new.attachmentsHint")}
          >
            <FileUploadField<PublicAttachment>
              upload={upload}
              keyOf={(a) => a.id}
              testId="public-attachments"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            loading={file.isPending}
            data-testid="public-submit"
          >
            {t("petitions.public.new.submit")}
          </Button>
        </Form>
      </Card>
    </PublicLayout>
  );
}
