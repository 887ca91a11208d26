import { App, type FormInstance } from "antd";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "./api-client";
import { applyFieldErrors } from "./form-errors";

/** Puts field errors under their fields and everything else in a toast, in the server's words. */
export function useReportError() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!isApiError(error)) {
        message.error(t("errors.unexpected"));
        return;
      }
      if (form && applyFieldErrors(form, error)) {
        return;
      }
      message.error(error.message || t(`errors.${error.code}`, { defaultValue: t("errors.unexpected") }));
    },
    [message, t],
  );
}
