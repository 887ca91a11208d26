import type { ErrorCode, ErrorDetail } from "@danvan/common";

/** The one error type verbs throw; app.onError turns it into the API error shape. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** A message key from messages.ts, or plain text when no key fits. */
    readonly key: string,
    readonly details?: ErrorDetail[],
    readonly params?: Record<string, string | number>,
  ) {
    super(key);
  }
}

export const notFound = (entity = "record") => new AppError("NOT_FOUND", "notFound", undefined, { entity });
export const forbidden = (key = "forbidden") => new AppError("FORBIDDEN", key);
export const conflict = (key: string, details?: ErrorDetail[]) => new AppError("CONFLICT", key, details);
export const invalid = (path: string, key: string) =>
  new AppError("VALIDATION", "validation", [{ path, message: key }]);
export const precondition = (key: string, params?: Record<string, string | number>) =>
  new AppError("PRECONDITION_FAILED", key, undefined, params);

export function assertCan(allowed: boolean, key = "forbidden"): asserts allowed {
  if (!allowed) {
    throw forbidden(key);
  }
}
