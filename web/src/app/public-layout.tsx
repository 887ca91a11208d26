import { App as AntApp, Layout, Space } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { LanguageSwitch } from "./layout/language-switch";
import { BRAND } from "./theme";

/**
 * Frame of the citizen-facing pages (no sign-in): a plain header with the language switch,
 * the page, and a footer. Keep these pages light: citizens open them on phones. The title is a plain
 * heading, not Typography: Typography pulls its editable TextArea and tooltips into the first load (issue #7).
 */
export function PublicLayout({ title, children }: { title?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  // AntApp gives the public pages the same message/modal context as the staff shell (useReportError).
  return (
    <AntApp>
      <Layout style={{ minHeight: "100vh" }}>
        <Layout.Header
          style={{
            background: BRAND.navy,
            borderBottom: `3px solid ${BRAND.red}`,
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            paddingInline: 16,
          }}
        >
          <Link to="/public" style={{ color: "#fff", fontWeight: 600, fontSize: 18 }}>
            Danvan{" "}
            <span style={{ fontWeight: 400, fontSize: 13, opacity: 0.85 }}>· {t("app.publicTagline")}</span>
          </Link>
          <LanguageSwitch />
        </Layout.Header>
        <Layout.Content style={{ padding: 16, maxWidth: 1080, width: "100%", margin: "0 auto" }}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            {title ? <h2 className="dv-public-title">{title}</h2> : null}
            {children}
          </Space>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: "center" }}>{t("app.footer")}</Layout.Footer>
      </Layout>
    </AntApp>
  );
}
