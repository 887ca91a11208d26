import { LockOutlined, UserOutlined } from "@ant-design/icons";
import type { SignInInput } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch } from "../../../app/layout/language-switch";
import { PageLoader } from "../../../app/page-loader";
import { BRAND } from "../../../app/theme";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useMeta, useSession, useSignIn } from "../api";
import { DemoAccountsHint } from "../components/demo-accounts-hint";

function safeNext(value: string | null): string {
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default function SignInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInInput>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const meta = useMeta();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const next = safeNext(params.get("next"));

  if (session.isPending) {
    return <PageLoader />;
  }
  if (session.data) {
    return <Navigate to={next} replace />;
  }

  const handleFinish = (values: SignInInput) => {
    setFormError(null);
    signIn.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (!isApiError(error)) {
          setFormError(t("errors.unexpected"));
          return;
        }
        if (error.code === "ACCOUNT_LOCKED") {
          setFormError(error.message || t("errors.ACCOUNT_LOCKED"));
          return;
        }
        if (error.code === "UNAUTHORIZED") {
          form.setFields([
            { name: "username", errors: [""] },
            { name: "password", value: "", errors: [error.message || t("auth.invalidCredentials")] },
          ]);
          return;
        }
        if (!applyFieldErrors(form, error)) {
          setFormError(error.message || t(`errors.${error.code}`, { defaultValue: t("errors.unexpected") }));
        }
      },
    });
  };

  return (
    <main
      style={{
        minHeight: "100vh",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        padding: 16,
        background: `linear-gradient(160deg, ${BRAND.navy} 0%, ${BRAND.blue} 55%, #f3f5f8 55%)`,
      }}
    >
      <div style={{ width: "100%", maxWidth: 420 }}>
        <section
          aria-labelledby="sign-in-title"
          style={{
            background: "#fff",
            borderRadius: 8,
            borderTop: `4px solid ${BRAND.red}`,
            boxShadow: "0 6px 24px rgba(15,47,87,0.18)",
            padding: 24,
          }}
        >
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start" }}>
            <div>
              <div style={{ margin: 0, color: BRAND.blue, fontSize: 24, fontWeight: 600 }}>Danvan</div>
              <div style={{ color: "#4b5563" }}>{t("app.tagline")}</div>
            </div>
            <LanguageSwitch />
          </div>
          <h1 id="sign-in-title" style={{ fontSize: 20, fontWeight: 600, margin: "24px 0 16px" }}>
            {t("auth.signInTitle")}
          </h1>
          {formError && (
            <Alert
              type="error"
              showIcon
              title={formError}
              style={{ marginBottom: 16 }}
              data-testid="sign-in-error"
            />
          )}
          <Form<SignInInput> form={form} layout="vertical" onFinish={handleFinish} requiredMark={false}>
            <Form.Item
              name="username"
              label={t("auth.username")}
              rules={[{ required: true, whitespace: true, message: t("auth.usernameRequired") }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoFocus
                maxLength={LIMITS.username}
                data-testid="sign-in-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("auth.password")}
              rules={[{ required: true, message: t("auth.passwordRequired") }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                maxLength={LIMITS.passwordMax}
                data-testid="sign-in-password"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={signIn.isPending}
              data-testid="sign-in-submit"
            >
              {t("auth.signIn")}
            </Button>
          </Form>
        </section>
        {meta.data?.demo === true && (
          <div style={{ marginTop: 16, background: "#fff", borderRadius: 8 }}>
            <DemoAccountsHint />
          </div>
        )}
      </div>
    </main>
  );
}
