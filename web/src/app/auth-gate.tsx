import { Button } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../modules/auth/api";
import { changeLanguage } from "./i18n";
import { PageLoader } from "./page-loader";

/** Renders children only for a signed-in user; otherwise sends them to /sign-in?next=… */
export function AuthGate({ children }: { children: ReactNode }) {
  const { data: session, isPending, isError, refetch } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  const userLocale = session?.user.locale;

  useEffect(() => {
    if (userLocale) {
      void changeLanguage(userLocale);
    }
  }, [userLocale]);

  if (isPending) {
    return <PageLoader />;
  }
  if (isError) {
    return (
      <div role="alert" style={{ textAlign: "center", padding: 64 }}>
        <p>{t("errors.NETWORK")}</p>
        <Button type="primary" onClick={() => void refetch()}>
          {t("common.retry")}
        </Button>
      </div>
    );
  }
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    const target = next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
}
