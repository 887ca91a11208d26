import { UploadOutlined } from "@ant-design/icons";
import { FILE_LIMITS, PETITION_LIMITS } from "@danvan/common";
import { App, Button, Upload, type UploadFile } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";

type Props<T> = {
  value?: T[];
  onChange?: (value: T[]) => void;
  /** Stores one file and answers what the form keeps for it. */
  upload: (file: File) => Promise<T>;
  keyOf: (item: T) => string;
  testId: string;
};

/** Uploads each picked file at once (type and size are checked again on the server) and keeps the results. */
export function FileUploadField<T>({ value, onChange, upload, keyOf, testId }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [files, setFiles] = useState<UploadFile[]>([]);
  // Several uploads may finish before the form re-renders: accumulate in a ref.
  const kept = useRef<T[]>(value ?? []);
  kept.current = value ?? kept.current;

  return (
    <Upload
      fileList={files}
      multiple
      maxCount={PETITION_LIMITS.attachments}
      beforeUpload={(file) => {
        if (file.size > FILE_LIMITS.maxBytes) {
          message.error(t("petitions.attachments.tooLarge", { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        upload(file as File).then(
          (stored) => {
            kept.current = [...kept.current, stored];
            onChange?.(kept.current);
            setFiles((prev) =>
              prev.map((f) => (f.uid === (file as UploadFile).uid ? { ...f, response: keyOf(stored) } : f)),
            );
            onSuccess?.(stored);
          },
          (error: unknown) => {
            reportError(error);
            onError?.(error as Error);
          },
        );
      }}
      onChange={({ fileList }) => setFiles(fileList.filter((f) => f.status !== "error"))}
      onRemove={(file) => {
        kept.current = kept.current.filter((x) => keyOf(x) !== file.response);
        onChange?.(kept.current);
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={testId}>
        {t("petitions.attachments.add")}
      </Button>
    </Upload>
  );
}
