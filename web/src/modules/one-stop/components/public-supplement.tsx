import type { PublicDossierStatus, PublicSupplementDocument } from "@danvan/common";
import { Alert, App, Button, Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError, isApiError } from "../../../lib/api-client";
import { useReportError } from "../../../lib/use-report-error";
import { answerInput, answerRows } from "../missing-rows";
import { usePublicUpload, useSupplementOnline } from "../public-api";
import { DocumentsChecklist, type SubmittedDoc } from "./documents-checklist";

type Applicant = NonNullable<PublicDossierStatus["applicant"]>;
type Props = {
  code: string;
  /** Which request is answered: asked at intake, or returned from processing. */
  kind: "supplement" | "return";
  pin: string;
  applicant: Applicant;
  onDone: () => void;
};

/** Errors on one document's file (`documents.0.files.1`) are shown on the documents field. */
export function onDocumentsField(e: unknown): unknown {
  if (!isApiError(e)) {
    return e;
  }
  const details = e.details.map((d) => ({
    ...d,
    path: d.path.replace(/^applicant\./, "").replace(/^documents\..*$/, "documents"),
  }));
  return new ApiError(e.status, e.code, e.message, details);
}

/** The applicant attaches what the one-stop shop asked for and sends it back, with the PIN. */
export function PublicSupplement({ code, kind, pin, applicant, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ documents: SubmittedDoc[]; note?: string }>();
  const upload = usePublicUpload();
  const supplement = useSupplementOnline();
  const reportError = useReportError();
  const { rows, itemOf } = answerRows(kind, applicant.missingItems ?? [], applicant.documents);
  const toInput = ({ key, form: f, count, files }: SubmittedDoc): PublicSupplementDocument =>
    answerInput({ key, form: f, count, files: files ?? [] }, itemOf);

  return (
    <Card type="inner" title={t("onestop.public.supplementTitle")} data-testid="public-supplement">
      <Typography.Paragraph type="secondary">{t("onestop.public.supplementIntro")}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ documents: [] }}
        onFinish={(v) =>
          supplement.mutate(
            {
              code,
              pin,
              input: {
                documents: v.documents.map(toInput),
                note: v.note?.trim() || null,
              },
            },
            {
              onSuccess: () => {
                message.success(t("onestop.public.supplementSent"));
                onDone();
              },
              onError: (e) => reportError(onDocumentsField(e), form),
            },
          )
        }
      >
        <Form.Item
          name="documents"
          label={t("onestop.public.supplementDocuments")}
          extra={t("onestop.public.scanHint")}
          rules={[
            {
              validator: (_, value: SubmittedDoc[] | undefined) =>
                value && value.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("onestop.public.supplementNone"))),
            },
          ]}
        >
          <DocumentsChecklist
            documents={rows}
            withFiles
            uploadFile={upload}
            testId="public-supplement-documents"
          />
        </Form.Item>
        <Form.Item name="note" label={t("onestop.public.supplementNote")}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="public-supplement-note" />
        </Form.Item>
        {supplement.isError && !supplement.error.message && (
          <Alert type="error" showIcon message={t("errors.unexpected")} style={{ marginBottom: 12 }} />
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={supplement.isPending}
          data-testid="public-supplement-submit"
        >
          {t("onestop.public.supplementSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
