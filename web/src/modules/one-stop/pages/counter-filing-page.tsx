import type { Applicant, CounterDossierResult, Page } from "@danvan/common";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api } from "../../../lib/api-client";
import { blankToNull } from "../../../lib/form-values";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useReportError } from "../../../lib/use-report-error";
import { useFileAtCounter, useProcedures } from "../api";
import { DocumentsChecklist, type SubmittedDoc } from "../components/documents-checklist";

type Values = { procedureId: string; applicantId: string; summary?: string; documents: SubmittedDoc[] };

/** Applicants of the register (people and businesses), diacritics folded by the server. */
function useApplicantSearch(q: string) {
  return useQuery({
    queryKey: ["applicants", "pick", q],
    queryFn: async () => (await api.get<Page<Applicant>>("/applicants", { q: q.trim(), limit: 20 })).items,
  });
}

/** The clerk files a dossier for a person or a business: it starts in checking (NĐ 61/2018 Đ.19). */
export default function CounterFilingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState("");
  const applicants = useApplicantSearch(useDebouncedValue(search));
  const procedures = useProcedures({ status: "in_force" });
  const all = procedures.data?.pages.flatMap((p) => p.items) ?? [];
  const procedureId = Form.useWatch("procedureId", form);
  const procedure = all.find((p) => p.id === procedureId);
  const file = useFileAtCounter();
  const reportError = useReportError();
  const [result, setResult] = useState<CounterDossierResult | null>(null);

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("onestop.filing.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("onestop.filing.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ documents: [] }}
        style={{ maxWidth: 980 }}
        onFinish={(v) =>
          file.mutate(
            {
              procedureId: v.procedureId,
              applicantId: v.applicantId,
              summary: blankToNull(v.summary),
              documents: v.documents.map((d) => ({ ...d, fileIds: d.fileIds ?? [] })),
            },
            { onSuccess: setResult, onError: (e) => reportError(e, form) },
          )
        }
      >
        <Form.Item
          name="procedureId"
          label={t("onestop.procedure")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={procedures.isPending}
            placeholder={t("onestop.filing.pickProcedure")}
            data-testid="filing-procedure"
            onChange={() => form.setFieldValue("documents", [])}
            options={all.map((p) => ({ value: p.id, label: `${p.code} — ${p.name} (${p.unitName})` }))}
          />
        </Form.Item>
        {procedure && (
          <Alert
            type="info"
            style={{ marginBottom: 16 }}
            message={t("onestop.filing.procedureHint", {
              days: procedure.processingDays,
              result: procedure.resultDocument,
            })}
          />
        )}
        <Form.Item
          name="applicantId"
          label={t("onestop.applicant")}
          extra={
            <span>
              {t("onestop.filing.applicantHint")}{" "}
              <Link to="/applicants">{t("onestop.filing.applicantsLink")}</Link>
            </span>
          }
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={applicants.isFetching}
            placeholder={t("onestop.filing.pickApplicant")}
            data-testid="filing-applicant"
            notFoundContent={t("onestop.filing.noApplicant")}
            options={(applicants.data ?? []).map((a) => ({
              value: a.id,
              label: `${a.name} · ${t(`onestop.applicantKind.${a.kind}`)}${a.identifier ? ` · ${a.identifier}` : ""}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t("onestop.summary")}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="filing-summary" />
        </Form.Item>
        {procedure && (
          <Form.Item
            name="documents"
            label={t("onestop.documentsGiven")}
            extra={t("onestop.filing.documentsHint")}
          >
            <DocumentsChecklist documents={procedure.documents} withFiles />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={file.isPending} data-testid="filing-submit">
          {t("onestop.filing.submit")}
        </Button>
      </Form>
      {result && (
        <Modal
          open
          title={t("onestop.filing.doneTitle")}
          closable={false}
          mask={{ closable: false }}
          footer={[
            <Button
              key="open"
              type="primary"
              data-testid="filing-open"
              onClick={() => navigate(`/onestop/dossiers/${result.dossier.id}`)}
            >
              {t("onestop.filing.open")}
            </Button>,
          ]}
        >
          <Space direction="vertical" data-testid="filing-receipt">
            <Typography.Text>{t("onestop.filing.doneText")}</Typography.Text>
            <Typography.Title level={4} style={{ margin: 0 }} copyable data-testid="filing-code">
              {result.dossier.code}
            </Typography.Title>
            <Typography.Text>
              {t("onestop.pin")}:{" "}
              <Typography.Text strong copyable data-testid="filing-pin">
                {result.pin}
              </Typography.Text>
            </Typography.Text>
            <Alert type="warning" showIcon message={t("onestop.pinOnce")} />
          </Space>
        </Modal>
      )}
    </Card>
  );
}
