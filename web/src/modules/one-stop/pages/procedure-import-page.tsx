import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { PROCEDURE_IMPORT_LIMITS } from "@danvan/common";
import { Alert, Button, Card, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { type ImportReport, importTemplateUrl, useImportProcedures } from "../api";

const MAX_BYTES = PROCEDURE_IMPORT_LIMITS.maxBytes;

/**
 * Catalogue import from a spreadsheet: the file is checked first (nothing written) and the row-level
 * report shown; only a clean file can be imported, and the import writes all rows or none.
 */
export default function ProcedureImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [unitId, setUnitId] = useState<string | undefined>();
  const [tooBig, setTooBig] = useState(false);
  const run = useImportProcedures();
  const error = run.error
    ? isApiError(run.error)
      ? run.error.details.map((d) => d.message).join("; ") ||
        run.error.message ||
        t(`errors.${run.error.code}`)
      : t("errors.unexpected")
    : null;

  const check = (f: File) => {
    setDone(null);
    setChecked(null);
    run.mutate({ file: f, dryRun: true, unitId }, { onSuccess: setChecked });
  };

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("onestop.import.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("onestop.import.intro")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitTreeSelect
          value={unitId ?? null}
          onChange={(v) => {
            setUnitId(typeof v === "string" ? v : undefined);
            setChecked(null);
            setDone(null);
          }}
          allowClear
          placeholder={t("onestop.import.ownUnit")}
          aria-label={t("onestop.unit")}
          data-testid="import-unit"
        />
        <Button icon={<DownloadOutlined />} href={importTemplateUrl} data-testid="import-template">
          {t("onestop.import.template")}
        </Button>
      </Space>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        data-testid="import-file"
        beforeUpload={(f) => {
          setTooBig(f.size > MAX_BYTES);
          if (f.size > MAX_BYTES) {
            setFile(null);
            setChecked(null);
            run.reset();
            return Upload.LIST_IGNORE;
          }
          setFile(f);
          check(f);
          return false;
        }}
        style={{ maxWidth: 720 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? file.name : t("onestop.import.drop")}</p>
        <Typography.Text type="secondary">{t("onestop.import.limits")}</Typography.Text>
      </Upload.Dragger>
      <Space direction="vertical" style={{ width: "100%", marginTop: 16 }}>
        {tooBig && (
          <Alert type="error" showIcon message={t("onestop.import.tooBig")} data-testid="import-too-big" />
        )}
        {run.isPending && <Alert type="info" message={t("onestop.import.working")} />}
        {error && <Alert type="error" showIcon message={error} data-testid="import-error" />}
        {checked && !done && (
          <>
            <Alert
              type={checked.errors.length ? "warning" : "success"}
              showIcon
              data-testid="import-check"
              message={
                checked.errors.length
                  ? t("onestop.import.hasErrors", { count: checked.errors.length })
                  : t("onestop.import.clean", { created: checked.created, updated: checked.updated })
              }
            />
            {checked.errors.length === 0 && checked.procedures.length > 0 && (
              <Table
                size="small"
                rowKey="code"
                dataSource={checked.procedures}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="import-plan"
                columns={[
                  { title: t("onestop.procedureCode"), dataIndex: "code", key: "code", width: 160 },
                  { title: t("onestop.procedureName"), dataIndex: "name", key: "name" },
                  {
                    title: t("onestop.import.action"),
                    key: "action",
                    width: 130,
                    render: (_, p) => t(`onestop.import.actions.${p.action}`),
                  },
                ]}
              />
            )}
            {checked.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(e) => `${e.sheet}-${e.row}-${e.field}-${e.message}`}
                dataSource={checked.errors}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                data-testid="import-errors"
                columns={[
                  { title: t("onestop.import.sheet"), dataIndex: "sheet", key: "sheet", width: 180 },
                  { title: t("onestop.import.row"), dataIndex: "row", key: "row", width: 70 },
                  {
                    title: t("onestop.import.column"),
                    key: "column",
                    width: 160,
                    render: (_, e) => [e.column, e.field].filter(Boolean).join(" · "),
                  },
                  { title: t("onestop.import.message"), dataIndex: "message", key: "message" },
                ]}
              />
            )}
            <Space>
              <Button
                type="primary"
                disabled={!file || checked.errors.length > 0}
                loading={run.isPending}
                data-testid="import-confirm"
                onClick={() => file && run.mutate({ file, dryRun: false, unitId }, { onSuccess: setDone })}
              >
                {t("onestop.import.confirm", { count: checked.created + checked.updated })}
              </Button>
              {file && (
                <Button onClick={() => check(file)} disabled={run.isPending}>
                  {t("onestop.import.recheck")}
                </Button>
              )}
            </Space>
          </>
        )}
        {done && (
          <Alert
            type="success"
            showIcon
            data-testid="import-done"
            message={t("onestop.import.done", { created: done.created, updated: done.updated })}
            action={<Link to="/onestop/procedures">{t("onestop.catalogue.back")}</Link>}
          />
        )}
        {file === null && !run.isPending && checked === null && (
          <Typography.Text type="secondary">{t("onestop.import.sizeHint")}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
