import { Alert, Button, Form, Input, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useConfirmCode, useRequestCode } from "../public-api";

/**
 * The household representative proves who they are: the household code and the phone in the register
 * must match; a one-time code arrives by SMS and is typed back here.
 */
export function VerifyForm({ id, onVerified }: { id: string; onVerified: (token: string) => void }) {
  const { t } = useTranslation();
  const reportError = useReportError();
  const request = useRequestCode(id);
  const confirm = useConfirmCode(id);
  const [sent, setSent] = useState<{ verificationId: string } | null>(null);
  const [form] = Form.useForm<{ householdCode: string; phone: string }>();
  const [codeForm] = Form.useForm<{ code: string }>();

  if (!sent) {
    return (
      <Form
        key="household"
        form={form}
        layout="vertical"
        onFinish={(v) =>
          request.mutate(v, { onSuccess: (r) => setSent(r), onError: (e) => reportError(e, form) })
        }
      >
        <Typography.Paragraph type="secondary">{t("consultations.public.verifyHelp")}</Typography.Paragraph>
        <Space wrap align="start">
          <Form.Item
            name="householdCode"
            label={t("consultations.public.householdCode")}
            rules={[{ required: true, message: t("consultations.form.required") }]}
          >
            <Input style={{ width: 180 }} placeholder="K10-001" data-testid="verify-household" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t("consultations.public.phone")}
            rules={[{ required: true, message: t("consultations.form.required") }]}
          >
            <Input style={{ width: 200 }} inputMode="tel" data-testid="verify-phone" />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={request.isPending} data-testid="verify-send">
          {t("consultations.public.sendCode")}
        </Button>
      </Form>
    );
  }
  return (
    <Form
      key="code"
      form={codeForm}
      layout="vertical"
      onFinish={(v) =>
        confirm.mutate(
          { verificationId: sent.verificationId, code: v.code },
          { onSuccess: (r) => onVerified(r.token), onError: (e) => reportError(e, codeForm) },
        )
      }
    >
      <Alert type="info" showIcon message={t("consultations.public.codeSent")} style={{ marginBottom: 12 }} />
      <Space wrap align="end">
        <Form.Item
          name="code"
          label={t("consultations.public.code")}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t("consultations.public.codeFormat") }]}
        >
          <Input
            style={{ width: 160 }}
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            data-testid="verify-code"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={confirm.isPending} data-testid="verify-confirm">
            {t("consultations.public.confirm")}
          </Button>
        </Form.Item>
        <Form.Item>
          <Button type="link" onClick={() => setSent(null)}>
            {t("consultations.public.again")}
          </Button>
        </Form.Item>
      </Space>
    </Form>
  );
}
