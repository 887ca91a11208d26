import { HOUSEHOLD_COLUMNS } from "@danvan/common";
import { Alert, Button, Input, Modal, Select, Space, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useSession } from "../../auth/api";
import { readHouseholdSheet, useImportHouseholds } from "../api";
import { parseTable } from "../table-text";

type RowError = { key: string; line: string; column: string; message: string };

/** The heading the officer wrote for a column the server names by its key (e.g. "phone" → "Điện thoại"). */
function headingOf(header: string[], key: string) {
  const names = (HOUSEHOLD_COLUMNS as Record<string, readonly string[]>)[key] ?? [];
  return header.find((h) => names.includes(h.trim().toLowerCase())) ?? key;
}

/** Reads a household table; any bad row rejects the whole table and each row's errors are listed. */
export function ImportModal({
  units,
  onClose,
}: {
  units: { unitId: string; unitName: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const run = useImportHouseholds();
  const [unitId, setUnitId] = useState(units[0]?.unitId);
  const session = useSession();
  const lang = useLang();
  const [reading, setReading] = useState(false);
  // a workbook is read on the server into the same table text a pasted table gives, then checked as one
  const readFile = (file: File) => {
    if (!/\.xlsx$/i.test(file.name)) {
      file.text().then(setText);
      return;
    }
    setReading(true);
    readHouseholdSheet(unitId ?? "", file, session.data?.csrfToken ?? "", lang)
      .then((sheet) => setText([sheet.header, ...sheet.rows].map((r) => r.join("\t")).join("\n")))
      .catch((e) => reportError(e))
      .finally(() => setReading(false));
  };
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<RowError[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const table = parseTable(text);
  const [header = [], ...rows] = table;

  const submit = () => {
    setErrors([]);
    setDone(null);
    run.mutate(
      { unitId: unitId ?? "", header, rows },
      {
        onSuccess: (r) => setDone(t("consultations.import.done", r)),
        onError: (e) => {
          if (isApiError(e) && e.details.some((d) => /^(rows|header)\./.test(d.path))) {
            setErrors(
              e.details.map((d, i) => {
                const [kind, index, column] = d.path.split(".");
                const n = Number(index);
                return {
                  key: String(i),
                  line: kind === "rows" ? String(n + 2) : "1",
                  column: kind === "rows" ? headingOf(header, column ?? "") : (header[n] ?? index ?? ""),
                  message: d.message,
                };
              }),
            );
          } else {
            reportError(e);
          }
        },
      },
    );
  };

  return (
    <Modal
      open
      width={860}
      title={t("consultations.import.title")}
      onCancel={onClose}
      footer={[
        <Button key="c" onClick={onClose}>
          {t("common.cancel")}
        </Button>,
        <Button
          key="s"
          type="primary"
          disabled={rows.length === 0 || !unitId}
          loading={run.isPending}
          onClick={submit}
          data-testid="import-submit"
        >
          {t("consultations.import.submit", { count: rows.length })}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph type="secondary">
          {t("consultations.import.help", {
            columns: Object.values(HOUSEHOLD_COLUMNS)
              .map((names) => names[1])
              .join(", "),
          })}
        </Typography.Paragraph>
        <Select
          value={unitId}
          onChange={setUnitId}
          style={{ width: 320 }}
          options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
        />
        <Upload
          accept=".xlsx,.csv,.tsv,.txt"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            readFile(file);
            return false;
          }}
        >
          <Button loading={reading} data-testid="import-file">
            {t("consultations.import.pickFile")}
          </Button>
        </Upload>
        <Input.TextArea
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("consultations.import.paste")}
          data-testid="import-text"
        />
        {rows.length > 0 && (
          <Typography.Text>
            {t("consultations.import.preview", { count: rows.length, columns: header.join(" | ") })}
          </Typography.Text>
        )}
        {done && <Alert type="success" showIcon message={done} data-testid="import-done" />}
        {errors.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              message={t("consultations.import.rejected", { count: errors.length })}
            />
            <Table<RowError>
              size="small"
              rowKey="key"
              dataSource={errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              data-testid="import-errors"
              columns={[
                { title: t("consultations.import.line"), dataIndex: "line", width: 80 },
                { title: t("consultations.import.column"), dataIndex: "column", width: 140 },
                { title: t("consultations.import.error"), dataIndex: "message" },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
