import { useUploadFile } from "../api";
import { FileUploadField } from "./file-upload-field";

type Props = { value?: string[]; onChange?: (ids: string[]) => void; testId?: string };

/** An officer's attachments through the shared upload API; the form keeps the file ids. */
export function AttachmentsField({ value, onChange, testId = "petition-attachments" }: Props) {
  const upload = useUploadFile();
  return (
    <FileUploadField<string>
      value={value}
      onChange={onChange}
      upload={async (file) => (await upload(file)).id}
      keyOf={(id) => id}
      testId={testId}
    />
  );
}
