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
type ProcedureDoc = Procedure["documents"][number];
type Uploaded = { id: string; token?: string };

type Props = {
  documents: ProcedureDoc[];
  value?: SubmittedDoc[];
  onChange?: (value: SubmittedDoc[]) => void;
  /** Scans can be attached to each ticked document. */
  withFiles?: boolean;
  /** Where scans go: the staff upload unless given (the portal's upload answers a token). */
  uploadFile?: (file: File) => Promise<Uploaded>;
  /** Keys already on the dossier: shown as handed in, not asked again. */
  given?: string[];
  testId?: string;
};

/** What the catalogue asks for: ticked when handed in, with its form (original, copy…), count and scans. */
export function DocumentsChecklist({
  documents,
  value = [],
  onChange,
  withFiles,
  given = [],
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
  const defaultForm = (d: ProcedureDoc): DocumentForm => (d.originals > 0 ? "original" : "copy");

  return (
    <Table<ProcedureDoc>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: withFiles ? 760 : 560 }}
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
                onChange={(e) =>
                  set(
                    d.key,
                    e.target.checked ? { key: d.key, form: defaultForm(d), count: 1, fileIds: [] } : null,
                  )
                }
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
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("onestop.originalsCopies", { originals: d.originals, copies: d.copies })}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: t("onestop.docFormLabel"),
          key: "form",
          width: 170,
          render: (_, d) => {
            const v = byKey.get(d.key);
            return v ? (
              <Select<DocumentForm>
                size="small"
                value={v.form}
                style={{ width: 160 }}
                aria-label={t("onestop.docFormLabel")}
                onChange={(form) => set(d.key, { ...v, form })}
                options={DOCUMENT_FORMS.map((f) => ({ value: f, label: t(`onestop.docForm.${f}`) }))}
              />
            ) : null;
          },
        },
        {
          title: t("onestop.count"),
          key: "count",
          width: 90,
          render: (_, d) => {
            const v = byKey.get(d.key);
            return v ? (
              <InputNumber
                size="small"
                min={1}
                max={20}
                value={v.count}
                aria-label={t("onestop.count")}
                onChange={(n) => set(d.key, { ...v, count: n ?? 1 })}
              />
            ) : null;
          },
        },
        ...(withFiles
          ? [
              {
                title: t("onestop.files"),
                key: "files",
                width: 200,
                render: (_: unknown, d: ProcedureDoc) => {
                  const v = byKey.get(d.key) ?? { key: d.key, form: defaultForm(d), count: 1 };
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
