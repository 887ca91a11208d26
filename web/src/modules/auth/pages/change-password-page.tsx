import type { ChangePasswordInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { App, Button, Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useChangePassword } from "../api";

type Values = ChangePasswordInput & { confirmPassword: string };

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const changePassword = useChangePassword();
  const reportError = useReportError();

  const handleFinish = ({ currentPassword, newPassword }: Values) => {
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(t("account.passwordChanged"));
        },
        onError: (error) => reportError(error, form),
      },
    );
  };

  return (
    <Card style={{ maxWidth: 520 }}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("account.changePasswordTitle")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t("account.passwordRules", { min: LIMITS.passwordMin })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish}>
        <Form.Item
          name="currentPassword"
          label={t("account.currentPassword")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Input.Password
            autoComplete="current-password"
            maxLength={LIMITS.passwordMax}
            data-testid="password-current"
          />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("account.newPassword")}
          rules={[
            { required: true, message: t("validation.required") },
            { min: LIMITS.passwordMin, message: t("validation.minLength", { min: LIMITS.passwordMin }) },
            { pattern: /[A-Za-z]/, message: t("account.needLetter") },
            { pattern: /[0-9]/, message: t("account.needDigit") },
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            data-testid="password-new"
          />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t("account.confirmPassword")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("validation.required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("account.mismatch"))),
            }),
          ]}
        >
          <Input.Password
            autoComplete="new-password"
            maxLength={LIMITS.passwordMax}
            data-testid="password-confirm"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={changePassword.isPending}
          data-testid="password-submit"
        >
          {t("account.submit")}
        </Button>
      </Form>
    </Card>
  );
}
