import type { PublicConsultation } from "@danvan/common";
import { Alert, App, Button, Card, Divider, Form, Input, List, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../components/form-modal";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { usePublicComment, useReportComment } from "../public-api";

/** Approved opinions, and a form for a new one that waits for moderation (plain text only). */
export function PublicComments({ c }: { c: PublicConsultation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reportError = useReportError();
  const post = usePublicComment(c.id);
  const [form] = Form.useForm<{ authorName: string; body: string }>();
  const [sent, setSent] = useState(false);
  const [reporting, setReporting] = useState<string | null>(null);
  return (
    <Card
      title={t("consultations.public.comments", { count: c.comments.length })}
      data-testid="public-comments"
    >
      <List
        dataSource={c.comments}
        locale={{ emptyText: t("consultations.public.noComments") }}
        renderItem={(m) => (
          <List.Item
            actions={[
              <Button
                key="r"
                type="link"
                size="small"
                onClick={() => setReporting(m.id)}
                data-testid="comment-report"
              >
                {t("consultations.public.report")}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {m.authorName}{" "}
                  <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
                    {formatDateTime(m.createdAt, lang)}
                  </Typography.Text>
                </>
              }
              description={<Typography.Text>{m.body}</Typography.Text>}
            />
          </List.Item>
        )}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          post.mutate(
            { ...v, key: crypto.randomUUID() },
            {
              onSuccess: () => {
                form.resetFields();
                setSent(true);
              },
              onError: (e) => reportError(e, form),
            },
          )
        }
      >
        <Divider titlePlacement="start">{t("consultations.public.commentTitle")}</Divider>
        <Form.Item
          name="authorName"
          label={t("consultations.public.yourName")}
          rules={[{ required: true, min: 2, message: t("consultations.form.required") }]}
        >
          <Input maxLength={200} style={{ maxWidth: 360 }} data-testid="comment-name" />
        </Form.Item>
        <Form.Item
          name="body"
          label={t("consultations.public.opinion")}
          rules={[{ required: true, min: 5, message: t("consultations.public.askMin") }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="comment-body" />
        </Form.Item>
        <Button htmlType="submit" loading={post.isPending} data-testid="comment-send">
          {t("consultations.public.sendOpinion")}
        </Button>
        {sent && (
          <div data-testid="comment-pending" style={{ marginTop: 8 }}>
            <Alert type="info" showIcon message={t("consultations.public.moderation")} />
          </div>
        )}
      </Form>
      {reporting && <ReportModal commentId={reporting} onClose={() => setReporting(null)} />}
    </Card>
  );
}

/** Anyone may flag an approved opinion as abusive; moderators see the most reported first. */
function ReportModal({ commentId, onClose }: { commentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useReportError();
  const report = useReportComment();
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    report.mutate(
      { commentId, reason: v.reason },
      {
        onSuccess: () => {
          message.success(t("consultations.public.reported"));
          onClose();
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  return (
    <FormModal
      title={t("consultations.public.report")}
      isSubmitting={report.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t("consultations.public.reportReason")}
          rules={[{ required: true, min: 3, message: t("consultations.form.required") }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="report-reason" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
