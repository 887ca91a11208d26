import { UploadOutlined } from "@ant-design/icons";
import { FILE_LIMITS } from "@danvan/common";
import { App, Button, Upload, type UploadFile } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useSession } from "../../auth/api";
import { uploadFile } from "../api";

export type StoredFile = { id: string; name: string };

type Props = {
  value?: StoredFile[];
  onChange?: (files: StoredFile[]) => void;
  "data-testid"?: string;
};

/** Documents, maps and images: each file is stored on pick; the form keeps the list of stored files. */
export function FilesField({ value = [], onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useLang();
  const session = useSession();
  const reportError = useReportError();
  const fileList: UploadFile[] = value.map((f) => ({ uid: f.id, name: f.name, status: "done" }));
  let kept = value;
  return (
    <Upload
      multiple
      accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.txt"
      fileList={fileList}
      beforeUpload={(file) => {
        if (file.size > FILE_LIMITS.maxBytes) {
          message.error(t("consultations.files.tooLarge", { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        uploadFile(file as File, session.data?.csrfToken ?? "", lang).then(
          (stored) => {
            kept = [...kept, { id: stored.id, name: stored.name }];
            onChange?.(kept);
            onSuccess?.(stored);
          },
          (error: unknown) => {
            reportError(error);
            onError?.(error as Error);
          },
        );
      }}
      onRemove={(file) => {
        kept = kept.filter((f) => f.id !== file.uid);
        onChange?.(kept);
      }}
    >
      <Button icon={<UploadOutlined />} data-testid={rest["data-testid"]}>
        {t("consultations.files.add")}
      </Button>
    </Upload>
  );
}
