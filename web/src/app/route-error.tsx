import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useNavigate, useRouteError } from "react-router";

/** Route errorElement: a page that threw while rendering or failed to load its chunk. */
export default function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <Result status="404" title="404" subTitle={t("notFound.description")} />;
  }
  if (error) {
    console.error(error);
  }
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
