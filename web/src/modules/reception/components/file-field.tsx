import { UploadOutlined } from "@ant-design/icons";
import { FILE_LIMITS } from "@danvan/common";
import { Button, Upload, type UploadFile } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";
import { useSession } from "../../auth/api";
import { uploadFile } from "../api";

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  label: string;
  "data-testid"?: string;
};

/** One uploaded document (a written appointment, a notice); the form keeps the file's id. */
export function FileField({ onChange, label, ...rest }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const session = useSession();
  const [files, setFiles] = useState<UploadFile<{ id: string }>[]>([]);
  return (
    <Upload<{ id: string }>
      accept=".pdf,.png,.jpg,.jpeg,.docx,.txt"
      maxCount={1}
      fileList={files}
      onChange={({ fileList }) => {
        setFiles(fileList);
        const done = fileList.find((f) => f.status === "done" && f.response);
        onChange?.(done?.response?.id ?? null);
      }}
      beforeUpload={(file) => {
        if (file.size > FILE_LIMITS.maxBytes) {
          setFiles([
            { uid: file.uid, name: file.name, status: "error", error: t("reception.file.tooLarge") },
          ]);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File, session.data?.csrfToken ?? "", lang).then(
          (uploaded) => onSuccess?.(uploaded),
          (error: unknown) =>
            onError?.(
              new Error(
                isApiError(error) ? (error.details[0]?.message ?? error.message) : t("errors.unexpected"),
              ),
            ),
        );
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={rest["data-testid"]}>
        {label}
      </Button>
    </Upload>
  );
}
