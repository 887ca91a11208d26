import { CheckOutlined, UploadOutlined } from "@ant-design/icons";
import { type DocumentForm, FILE_LIMITS, type Procedure } from "@danvan/common";
import { App, Button, Checkbox, InputNumber, Select, Space, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { useUploadFile } from "../api";
import { DOCUMENT_FORMS } from "../labels";

/** A portal upload: the token lets an online filing or supplement use it. */
export type TokenFile = { id: string; token: string };
export type SubmittedDoc = {
  key: string;
  form: DocumentForm;
  count: number;
  fileIds?: string[];
  files?: TokenFile[];
};
/** A catalogue document, or a missing item the clerk wrote as free text (no form or copies to ask). */
export type ChecklistDoc = Procedure["documents"][number] & { isFreeText?: boolean };
type Uploaded = { id: string; token?: string };

type Props = {
  documents: ChecklistDoc[];
  value?: SubmittedDoc[];
  onChange?: (value: SubmittedDoc[]) => void;
  /** Scans can be attached to each ticked document. */
  withFiles?: boolean;
  /** Where scans go: the staff upload unless given (the portal's upload answers a token). */
  uploadFile?: (file: File) => Promise<Uploaded>;
  /** Keys already on the dossier: shown as handed in, not asked again. */
  given?: string[];
  /** Handed in at the counter: a free-text item is paper too, so it gets a form and count. */
  inPerson?: boolean;
  testId?: string;
};

/** What the catalogue asks for: ticked when handed in, with its form (original, copy…), count and scans. */
export function DocumentsChecklist({
  documents,
  value = [],
  onChange,
  withFiles,
  given = [],
  inPerson,
  testId,
  uploadFile,
}: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staffUpload = useUploadFile();
  const upload = uploadFile ?? staffUpload;
  const [names, setNames] = useState<Record<string, string[]>>({});
  const byKey = new Map(value.map((v) => [v.key, v]));
  const set = (key: string, next: SubmittedDoc | null) => {
    const rest = value.filter((v) => v.key !== key);
    onChange?.(next ? [...rest, next] : rest);
  };
  // A scan answering a free-text item online is an electronic copy; paper brought to the counter for
  // one starts as an original. A catalogue document starts as the catalogue asks it (its originals,
  // else its copies), which the form and copies columns show.
  const scanOnly = (d: ChecklistDoc) => d.isFreeText === true && !inPerson;
  const defaultForm = (d: ChecklistDoc): DocumentForm =>
    scanOnly(d) ? "electronic" : d.isFreeText || d.originals > 0 ? "original" : "copy";
  const defaultCount = (d: ChecklistDoc) => (d.isFreeText ? 1 : Math.max(1, d.originals || d.copies));
  const fresh = (d: ChecklistDoc): SubmittedDoc => ({
    key: d.key,
    form: defaultForm(d),
    count: defaultCount(d),
    fileIds: [],
  });
  const withForms = documents.some((d) => !scanOnly(d));
  const dash = <Typography.Text type="secondary">—</Typography.Text>;

  return (
    <Table<ChecklistDoc>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: (withFiles ? 200 : 0) + (withForms ? 560 : 300) }}
      dataSource={documents}
      data-testid={testId ?? "documents-checklist"}
      columns={[
        {
          key: "given",
          width: 48,
          render: (_, d) =>
            given.includes(d.key) ? (
              <CheckOutlined aria-label={t("onestop.alreadyGiven")} style={{ color: "#389e0d" }} />
            ) : (
              <Checkbox
                checked={byKey.has(d.key)}
                aria-label={d.name}
                data-testid={`doc-check-${d.key}`}
                onChange={(e) => set(d.key, e.target.checked ? fresh(d) : null)}
              />
            ),
        },
        {
          title: t("onestop.document"),
          key: "name",
          render: (_, d) => (
            <Space direction="vertical" size={0}>
              <Typography.Text>
                {d.name}{" "}
                {given.includes(d.key) ? (
                  <Tag color="green">{t("onestop.alreadyGiven")}</Tag>
                ) : d.required ? (
                  <Tag color="red">{t("onestop.required")}</Tag>
                ) : (
                  <Tag>{t("onestop.optional")}</Tag>
                )}
              </Typography.Text>
              {!d.isFreeText && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("onestop.originalsCopies", { originals: d.originals, copies: d.copies })}
                </Typography.Text>
              )}
            </Space>
          ),
        },
        ...(withForms
          ? [
              {
                title: t("onestop.docFormLabel"),
                key: "form",
                width: 170,
                render: (_: unknown, d: ChecklistDoc) => {
                  const v = byKey.get(d.key);
                  if (scanOnly(d) || given.includes(d.key)) {
                    return dash;
                  }
                  return v ? (
                    <Select<DocumentForm>
                      size="small"
                      value={v.form}
                      style={{ width: 160 }}
                      aria-label={t("onestop.docFormLabel")}
                      onChange={(form) => set(d.key, { ...v, form })}
                      options={DOCUMENT_FORMS.map((f) => ({ value: f, label: t(`onestop.docForm.${f}`) }))}
                    />
                  ) : (
                    <Typography.Text type="secondary">
                      {t(`onestop.docForm.${defaultForm(d)}`)}
                    </Typography.Text>
                  );
                },
              },
              {
                title: t("onestop.count"),
                key: "count",
                width: 90,
                render: (_: unknown, d: ChecklistDoc) => {
                  const v = byKey.get(d.key);
                  if (scanOnly(d) || given.includes(d.key)) {
                    return dash;
                  }
                  return v ? (
                    <InputNumber
                      size="small"
                      min={1}
                      max={20}
                      value={v.count}
                      aria-label={t("onestop.count")}
                      onChange={(n) => set(d.key, { ...v, count: n ?? 1 })}
                    />
                  ) : (
                    <Typography.Text type="secondary">{defaultCount(d)}</Typography.Text>
                  );
                },
              },
            ]
          : []),
        ...(withFiles
          ? [
              {
                title: t("onestop.files"),
                key: "files",
                width: 200,
                render: (_: unknown, d: ChecklistDoc) => {
                  const v = byKey.get(d.key) ?? fresh(d);
                  if (given.includes(d.key)) {
                    return null;
                  }
                  return (
                    <Space direction="vertical" size={0}>
                      {(names[d.key] ?? []).map((n) => (
                        <Typography.Text key={n} style={{ fontSize: 12 }}>
                          {n}
                        </Typography.Text>
                      ))}
                      <Upload
                        showUploadList={false}
                        beforeUpload={(file) => {
                          if (file.size > FILE_LIMITS.maxBytes) {
                            message.error(t("onestop.fileTooBig"));
                            return Upload.LIST_IGNORE;
                          }
                          upload(file)
                            .then((stored: Uploaded) => {
                              const { token } = stored;
                              set(d.key, {
                                ...v,
                                fileIds: [...(v.fileIds ?? []), stored.id],
                                ...(token ? { files: [...(v.files ?? []), { id: stored.id, token }] } : {}),
                              });
                              setNames((m) => ({ ...m, [d.key]: [...(m[d.key] ?? []), file.name] }));
                            })
                            .catch((e: unknown) =>
                              message.error(isApiError(e) && e.message ? e.message : t("errors.unexpected")),
                            );
                          return false;
                        }}
                      >
                        <Button size="small" icon={<UploadOutlined />} data-testid={`doc-upload-${d.key}`}>
                          {t("onestop.attach")}
                        </Button>
                      </Upload>
                    </Space>
                  );
                },
              },
            ]
          : []),
      ]}
    />
  );
}
