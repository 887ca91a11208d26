import { Alert, App as AntApp, Layout } from "antd";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { useMe } from "../../modules/auth/api";
import { PageLoader } from "../page-loader";
import { RouteErrorBoundary } from "../route-error-boundary";
import { BRAND } from "../theme";
import { HeaderBar } from "./header-bar";
import { NavMenu } from "./nav-menu";

export default function AppLayout() {
  const me = useMe();
  const { t } = useTranslation();
  const [isCollapsed, setIsCollapsed] = useState(false);

  return (
    <AntApp>
      <Layout style={{ minHeight: "100vh" }}>
        <a className="dv-skip-link" href="#main-content">
          {t("layout.skipToContent")}
        </a>
        <Layout.Sider
          collapsible
          collapsed={isCollapsed}
          onCollapse={setIsCollapsed}
          breakpoint="lg"
          width={240}
          aria-label={t("layout.navigation")}
          // The menu scrolls on its own (global.css, .dv-sider), above the collapse button.
          className="dv-sider"
          style={{ position: "sticky", top: 0, height: "100vh" }}
        >
          <Link
            to="/"
            style={{
              display: "flex",
              alignItems: "center",
              gap: 10,
              height: 64,
              padding: "0 20px",
              color: "#fff",
              borderBottom: `3px solid ${BRAND.red}`,
            }}
          >
            <span aria-hidden style={{ color: BRAND.gold, fontSize: 22 }}>
              ★
            </span>
            {!isCollapsed && (
              <span style={{ fontWeight: 600, fontSize: 16, lineHeight: 1.2 }}>
                Danvan
                <span style={{ display: "block", fontWeight: 400, fontSize: 11, opacity: 0.85 }}>
                  {t("app.tagline")}
                </span>
              </span>
            )}
          </Link>
          <NavMenu permissions={me.permissions} />
        </Layout.Sider>
        <Layout>
          <HeaderBar />
          <Layout.Content id="main-content" style={{ margin: 24 }}>
            {me.mustChangePassword && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="must-change-password"
                title={t("layout.mustChangePassword")}
                action={<Link to="/account/password">{t("layout.changePasswordNow")}</Link>}
              />
            )}
            <RouteErrorBoundary>
              <Suspense fallback={<PageLoader />}>
                <Outlet />
              </Suspense>
            </RouteErrorBoundary>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: "center", color: "#4b5563" }}>{t("app.footer")}</Layout.Footer>
        </Layout>
      </Layout>
    </AntApp>
  );
}
