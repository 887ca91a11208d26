// biome-ignore lint/suspicious/noExplicitAny: the scene-setting calls read loosely typed bodies
export type Api = <T = any>(method: string, path: string, body?: unknown) => Promise<T>;

/** Signs in through the API, for the steps of other modules that only set the scene. */
export async function apiAs(base: string, username: string): Promise<Api> {
  const res = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "Danvan@2026" }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) {
      throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
    }
    return json;
  };
}

/**
 * The language a user chose is kept on the server: a test that stopped half-way in English must not leave the
 * next one, signed in as the same user, in English too.
 */
export async function startInVietnamese(base: string, username: string) {
  await (await apiAs(base, username))("PATCH", "/auth/me", { locale: "vi" });
}
