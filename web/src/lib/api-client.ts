import type { ErrorCode, ErrorDetail, Session } from "@danvan/common";

export const API_BASE = "/api/v1";

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: "VALIDATION",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  412: "PRECONDITION_FAILED",
  413: "PAYLOAD_TOO_LARGE",
  423: "ACCOUNT_LOCKED",
  429: "RATE_LIMITED",
};

/** An error answered by the API, in the shape `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | "NETWORK";
  readonly details: ErrorDetail[];

  constructor(status: number, code: ErrorCode | "NETWORK", message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }

  static async from(res: Response): Promise<ApiError> {
    const fallbackCode = CODE_BY_STATUS[res.status] ?? "INTERNAL";
    try {
      const body: unknown = await res.json();
      const error = isRecord(body) && isRecord(body.error) ? body.error : null;
      if (error && typeof error.code === "string") {
        const details = Array.isArray(error.details) ? error.details.filter(isDetail) : [];
        const message = typeof error.message === "string" ? error.message : "";
        return new ApiError(res.status, error.code as ErrorCode, message, details);
      }
    } catch {
      // Not JSON (proxy error page, empty body): fall back to the status.
    }
    return new ApiError(res.status, fallbackCode, "");
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isDetail(value: unknown): value is ErrorDetail {
  return isRecord(value) && typeof value.path === "string" && typeof value.message === "string";
}

let csrfToken: string | null = null;
let language = "vi";

/** Keeps the CSRF token of the last session the server sent (sign-in, /auth/me). */
export function rememberSession(session: Session | null): void {
  csrfToken = session?.csrfToken ?? null;
}

/** Sent as Accept-Language so the server localises its messages. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

export type QueryValue = string | number | boolean | null | undefined;

export function buildPath(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

async function send(method: Method, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": language };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  if (method !== "GET" && csrfToken) {
    headers["x-csrf-token"] = csrfToken;
  }
  try {
    return await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, "NETWORK", error instanceof Error ? error.message : "");
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  const res = await send("GET", "/auth/me", undefined);
  if (!res.ok) {
    return false;
  }
  rememberSession((await res.json()) as Session);
  return true;
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res = await send(method, path, body);
  if (!res.ok && method !== "GET" && res.status === 403) {
    const error = await ApiError.from(res.clone());
    // The token rotates with the session: fetch a fresh one and retry once.
    if (error.code === "CSRF" && (await refreshCsrfToken())) {
      res = await send(method, path, body);
    }
  }
  if (!res.ok) {
    throw await ApiError.from(res);
  }
  if (res.status === 204 || res.headers.get("content-length") === "0") {
    return undefined as T;
  }
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>("GET", buildPath(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};
