import { dossierTrackingPath, type PublicDossierReceipt } from "@danvan/common";
import { Alert, Button, Card, Col, Form, Input, Radio, Result, Row, Spin, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { PHONE_PATTERN } from "../../../lib/form-values";
import { useReportError } from "../../../lib/use-report-error";
import { DocumentsChecklist, type SubmittedDoc } from "../components/documents-checklist";
import { ProcedureView } from "../components/procedure-view";
import { onDocumentsField } from "../components/public-supplement";
import { useFileOnline, usePublicProcedure, usePublicUpload } from "../public-api";

type Values = {
  kind: "person" | "organisation";
  name: string;
  personalId?: string;
  taxCode?: string;
  phone: string;
  email?: string;
  address: string;
  summary?: string;
  documents: SubmittedDoc[];
};

/** Online filing without an account, with a scan per document; the code and PIN are shown once. */
export default function PublicFilingPage() {
  const { t } = useTranslation();
  const { procedureId = "" } = useParams();
  const procedure = usePublicProcedure(procedureId);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch("kind", form);
  const file = useFileOnline();
  const upload = usePublicUpload();
  const reportError = useReportError();
  const key = useMemo(() => crypto.randomUUID(), []);
  const [receipt, setReceipt] = useState<PublicDossierReceipt | null>(null);
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const p = procedure.data;

  if (receipt) {
    return (
      <PublicLayout title={t("onestop.public.filedTitle")}>
        <Result
          status="success"
          title={t("onestop.public.filedTitle")}
          subTitle={t("onestop.public.filedText")}
          extra={
            <Card style={{ maxWidth: 460, margin: "0 auto", textAlign: "left" }} data-testid="public-receipt">
              <Typography.Paragraph>
                {t("onestop.trackingCode")}:{" "}
                <Typography.Text strong copyable data-testid="public-receipt-code">
                  {receipt.code}
                </Typography.Text>
              </Typography.Paragraph>
              <Typography.Paragraph>
                {t("onestop.pin")}:{" "}
                <Typography.Text strong copyable data-testid="public-receipt-pin">
                  {receipt.pin}
                </Typography.Text>
              </Typography.Paragraph>
              <Alert type="warning" showIcon message={t("onestop.pinOnce")} style={{ marginBottom: 12 }} />
              <Link to={dossierTrackingPath(receipt.code)}>{t("onestop.public.followIt")}</Link>
            </Card>
          }
        />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout title={t("onestop.public.fileTitle")}>
      {procedure.isPending && <Spin />}
      {!procedure.isPending && !p && (
        <Result
          status="404"
          title={t("onestop.public.procedureMissing")}
          extra={<Link to="/public/ho-so">{t("onestop.public.backToCatalogue")}</Link>}
        />
      )}
      {p && (
        <>
          <Card title={p.name}>
            <ProcedureView procedure={p} />
          </Card>
          <Card title={t("onestop.public.yourDetails")}>
            {p.onlineLevel === "partial" && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={t("onestop.public.partialHint")}
              />
            )}
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={{ kind: "person", documents: [] }}
              onFinish={(v) =>
                file.mutate(
                  {
                    key,
                    input: {
                      procedureId: p.id,
                      applicant:
                        v.kind === "person"
                          ? {
                              kind: "person",
                              name: v.name.trim(),
                              personalId: (v.personalId ?? "").trim(),
                              phone: v.phone.trim(),
                              email: v.email?.trim() || null,
                              address: v.address.trim(),
                            }
                          : {
                              kind: "organisation",
                              name: v.name.trim(),
                              taxCode: (v.taxCode ?? "").trim(),
                              phone: v.phone.trim(),
                              email: v.email?.trim() || null,
                              address: v.address.trim(),
                            },
                      summary: v.summary?.trim() || null,
                      documents: v.documents.map(({ key: k, form: f, count, files }) => ({
                        key: k,
                        form: f,
                        count,
                        files: files ?? [],
                      })),
                    },
                  },
                  {
                    onSuccess: setReceipt,
                    // The API names applicant fields "applicant.phone"; the form holds them flat.
                    onError: (e) => reportError(onDocumentsField(e), form),
                  },
                )
              }
            >
              <Form.Item name="kind" label={t("onestop.public.asWho")}>
                <Radio.Group data-testid="public-kind">
                  <Radio value="person">{t("onestop.applicantKind.person")}</Radio>
                  <Radio value="organisation">{t("onestop.applicantKind.organisation")}</Radio>
                </Radio.Group>
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="name"
                    label={
                      kind === "organisation" ? t("onestop.public.orgName") : t("onestop.public.fullName")
                    }
                    rules={[required]}
                  >
                    <Input maxLength={200} data-testid="public-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  {kind === "organisation" ? (
                    <Form.Item name="taxCode" label={t("onestop.public.taxCode")} rules={[required]}>
                      <Input maxLength={14} data-testid="public-tax-code" />
                    </Form.Item>
                  ) : (
                    <Form.Item
                      name="personalId"
                      label={t("onestop.public.personalId")}
                      rules={[
                        required,
                        { pattern: /^\d{12}$/, message: t("onestop.public.personalIdFormat") },
                      ]}
                    >
                      <Input maxLength={12} inputMode="numeric" data-testid="public-personal-id" />
                    </Form.Item>
                  )}
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="phone"
                    label={t("common.phone")}
                    rules={[required, { pattern: PHONE_PATTERN, message: t("onestop.public.phoneFormat") }]}
                  >
                    <Input maxLength={20} inputMode="tel" data-testid="public-phone" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="email"
                    label={t("common.email")}
                    rules={[{ type: "email", message: t("onestop.public.emailFormat") }]}
                  >
                    <Input maxLength={200} data-testid="public-email" />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="address" label={t("common.address")} rules={[required]}>
                    <Input maxLength={500} data-testid="public-address" />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name="summary" label={t("onestop.public.summary")}>
                    <Input.TextArea rows={2} maxLength={2000} data-testid="public-summary" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="documents"
                label={t("onestop.public.documents")}
                extra={t("onestop.public.documentsHint")}
              >
                <DocumentsChecklist documents={p.documents} withFiles uploadFile={upload} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="public-submit">
                {t("onestop.public.submit")}
              </Button>
            </Form>
          </Card>
        </>
      )}
    </PublicLayout>
  );
}
