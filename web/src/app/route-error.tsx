import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

/** Shown by RouteErrorBoundary in place of a page that threw or failed to load its chunk. */
export default function RouteError() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="error"
      title={t("errorPage.title")}
      subTitle={t("errorPage.description")}
      extra={[
        <Button
          key="reload"
          type="primary"
          onClick={() => window.location.reload()}
          data-testid="error-reload"
        >
          {t("errorPage.reload")}
        </Button>,
        <Button key="home" onClick={() => navigate("/")}>
          {t("errorPage.home")}
        </Button>,
      ]}
    />
  );
}
