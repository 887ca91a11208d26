import { KeyOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Layout, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { Lang } from "../../lib/use-lang";
import { useReportError } from "../../lib/use-report-error";
import { useMe, useSignOut, useUpdateLocale } from "../../modules/auth/api";
import { NotificationBell } from "../../modules/notifications/components/notification-bell";
import { BRAND } from "../theme";
import { LanguageSwitch } from "./language-switch";

export function HeaderBar() {
  const me = useMe();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const updateLocale = useUpdateLocale();
  const reportError = useReportError();

  const handleLanguageChange = (lang: Lang) => {
    updateLocale.mutate(lang, { onError: (error) => reportError(error) });
  };

  const handleSignOut = () => {
    signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) });
  };

  return (
    <Layout.Header
      style={{
        display: "flex",
        alignItems: "center",
        justifyContent: "flex-end",
        gap: 16,
        borderTop: `3px solid ${BRAND.red}`,
        boxShadow: "0 1px 4px rgba(15,47,87,0.08)",
      }}
    >
      <NotificationBell />
      <LanguageSwitch onChange={handleLanguageChange} />
      <div
        style={{ display: "flex", alignItems: "center", gap: 8, lineHeight: 1.3 }}
        data-testid="current-user"
      >
        <UserOutlined aria-hidden />
        <div style={{ display: "flex", flexDirection: "column" }}>
          <Typography.Text strong>{me.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {me.unitName}
          </Typography.Text>
        </div>
      </div>
      <Link to="/account/password" data-testid="account-password-link" title={t("nav.changePassword")}>
        <KeyOutlined aria-hidden /> <span className="dv-hide-narrow">{t("nav.changePassword")}</span>
      </Link>
      <Button
        icon={<LogoutOutlined />}
        onClick={handleSignOut}
        loading={signOut.isPending}
        data-testid="sign-out"
      >
        {t("auth.signOut")}
      </Button>
    </Layout.Header>
  );
}
