import type { FormInstance } from "antd";
import { useEffect } from "react";
import { isApiError } from "../../lib/api-client";
import { applyFieldErrors } from "../../lib/form-errors";

/** Puts a query's validation errors under the fields they name (`from`, `amount`, `ruleId`…). */
export function useFieldErrors(form: FormInstance, error: unknown): void {
  useEffect(() => {
    if (isApiError(error) && error.code === "VALIDATION") {
      applyFieldErrors(form, error);
    }
  }, [form, error]);
}

/** A server error that is not about a field (network, rate limit) for a banner; null otherwise. */
export function bannerError(error: unknown): string | null {
  if (!error) {
    return null;
  }
  if (isApiError(error) && error.code === "VALIDATION" && error.details.length > 0) {
    return null;
  }
  return isApiError(error) ? error.message || error.code : String(error);
}
