import type { ConsultationDetail } from "@danvan/common";
import { Button, Form, Input, List, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { type Comment, useComments, useModerate } from "../api";

/** Public opinions are shown only after a moderator approves them; a rejection states its reason. */
export function CommentsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reportError = useReportError();
  const [status, setStatus] = useState<Comment["status"]>("pending");
  const comments = useComments(c.id, status);
  const moderate = useModerate();
  const [rejecting, setRejecting] = useState<Comment | null>(null);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as Comment["status"])}
        options={(["pending", "approved", "rejected"] as const).map((s) => ({
          value: s,
          label: t(`consultations.comments.${s}`),
        }))}
      />
      <List
        dataSource={comments.data?.items ?? []}
        loading={comments.isPending}
        locale={{ emptyText: t("consultations.comments.empty") }}
        data-testid="comment-list"
        renderItem={(m) => (
          <List.Item
            actions={
              c.abilities.moderate && m.status === "pending"
                ? [
                    <Button
                      key="a"
                      size="small"
                      type="primary"
                      onClick={() =>
                        moderate.mutate(
                          { commentId: m.id, decision: "approve" },
                          { onError: (e) => reportError(e) },
                        )
                      }
                      data-testid="comment-approve"
                    >
                      {t("consultations.comments.approve")}
                    </Button>,
                    <Button key="r" size="small" danger onClick={() => setRejecting(m)}>
                      {t("consultations.comments.reject")}
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={2}>
              <Space wrap>
                <Typography.Text strong>{m.authorName}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(m.createdAt, lang)}
                </Typography.Text>
                {m.reportCount > 0 && (
                  <Tag color="red">{t("consultations.comments.reported", { count: m.reportCount })}</Tag>
                )}
              </Space>
              <Typography.Text>{m.body}</Typography.Text>
              {m.rejectReason && (
                <Typography.Text type="danger">
                  {t("consultations.comments.reason")}: {m.rejectReason}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {rejecting && <RejectModal comment={rejecting} onClose={() => setRejecting(null)} />}
    </Space>
  );
}

function RejectModal({ comment, onClose }: { comment: Comment; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const moderate = useModerate();
  const reportError = useReportError();
  const submit = async () => {
    const v = await form.validateFields();
    moderate.mutate(
      { commentId: comment.id, decision: "reject", reason: v.reason },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.comments.reject")}
      danger
      isSubmitting={moderate.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph>{comment.body}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t("consultations.comments.reason")}
          rules={[{ required: true, min: 3, message: t("consultations.form.required") }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
