import { UploadOutlined } from "@ant-design/icons";
import { FILE_LIMITS } from "@danvan/common";
import { Button, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";
import { useSession } from "../../auth/api";
import { uploadFile } from "../api";

const ACCEPT = ".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt";
const MAX_FILES = 10;

type Props = { value?: string[]; onChange?: (ids: string[]) => void };

/**
 * Evidence files through the upload API; the form keeps the returned ids. The server sniffs the type
 * and enforces the size, and its message shows on the file that failed.
 */
export function EvidenceUpload({ onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);

  const publish = (next: UploadFile<{ id: string }>[]) => {
    setFiles(next);
    onChange?.(next.filter((f) => f.status === "done" && f.response).map((f) => f.response!.id));
  };

  return (
    <Upload<{ id: string }>
      accept={ACCEPT}
      multiple
      maxCount={MAX_FILES}
      fileList={files}
      onChange={({ fileList }) => publish(fileList)}
      beforeUpload={(file) => {
        if (file.size > FILE_LIMITS.maxBytes) {
          publish([
            ...files,
            { uid: file.uid, name: file.name, status: "error", error: t("tasks.evidence.tooLarge") },
          ]);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File, session.data?.csrfToken ?? "", lang).then(
          (uploaded) => onSuccess?.(uploaded),
          (error: unknown) => {
            const text = isApiError(error)
              ? (error.details[0]?.message ?? error.message)
              : t("errors.unexpected");
            onError?.(new Error(text));
          },
        );
      }}
      data-testid="task-evidence-upload"
    >
      <Button icon={<UploadOutlined />}>{t("tasks.evidence.pick")}</Button>
    </Upload>
  );
}
