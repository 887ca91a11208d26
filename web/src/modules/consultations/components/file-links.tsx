import { PaperClipOutlined } from "@ant-design/icons";
import { Space, Typography } from "antd";

type F = { id: string; name: string; size: number };

/** Attached documents, maps and images as download links. */
export function FileLinks({ files, urlOf }: { files: F[]; urlOf: (fileId: string) => string }) {
  if (files.length === 0) {
    return null;
  }
  return (
    <Space wrap>
      {files.map((f) => (
        <Typography.Link key={f.id} href={urlOf(f.id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {f.name} ({Math.max(1, Math.round(f.size / 1024))} KB)
        </Typography.Link>
      ))}
    </Space>
  );
}
