import { Alert } from "antd";
import { useTranslation } from "react-i18next";

const DEMO_USERS = ["admin", "leader", "reception", "clerk", "handler", "inspector"] as const;
const DEMO_PASSWORD = "Danvan@2026";

const codeStyle = {
  fontFamily: "ui-monospace, Menlo, Consolas, monospace",
  background: "#eef2f7",
  padding: "0 4px",
};

/** Demo logins; only rendered when the server says it runs with demo data. */
export function DemoAccountsHint() {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="demo-accounts"
      title={t("auth.demo.title")}
      description={
        <div>
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {DEMO_USERS.map((user) => (
              <li key={user}>
                <code style={codeStyle}>{user}</code> — {t(`auth.demo.roles.${user}`)}
              </li>
            ))}
          </ul>
          {t("auth.demo.password")} <code style={codeStyle}>{DEMO_PASSWORD}</code>
        </div>
      }
    />
  );
}
