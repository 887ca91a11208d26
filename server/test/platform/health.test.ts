import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/platform/audit";
import { buildStaff, buildUnit, call, signIn } from "../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

describe(`platform on ${DB_KIND}`, () => {
  let t: TestApp;
  let server: ReturnType<typeof serve>;
  let base = "";
  beforeAll(async () => {
    t = await createTestApp();
    await new Promise<void>((resolve) => {
      server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });
  /** The headers are set one way in process and another when Node serves the answer: both are checked. */
  const ways = [
    ["in process", (path: string, init?: RequestInit) => t.app.request(path, init)],
    ["served by Node", (path: string, init?: RequestInit) => fetch(`${base}${path}`, init)],
  ] as const;

  it("answers /health and serves OpenAPI 3.1", async () => {
    expect((await call(t, "GET", "/health")).body).toEqual({ status: "ok" });
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toContain("/api/v1/staff");
    const docs = await t.app.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('href="/api/openapi.json"');
  });

  it.each(ways)("tags every answer with a request id, keeping the caller's (%s)", async (_way, get) => {
    const given = await get("/api/v1/staff", { headers: { "x-request-id": "nghe-an-0001" } });
    expect(given.status).toBe(401);
    expect(given.headers.get("x-request-id")).toBe("nghe-an-0001");
    const made = await get("/health");
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const odd = await get("/health", { headers: { "x-request-id": "a b;<script>" } });
    expect(odd.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each(ways)(
    "sends the security headers on answers, errors and the API docs (which keep their own script policy) (%s)",
    async (_way, get) => {
      for (const path of [
        "/health",
        "/api/v1/units",
        "/api/public/v1/petitions/XX-0000",
        "/api/docs",
        "/no-such-page.js",
      ]) {
        const res = await get(path);
        expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
        expect(res.headers.get("x-frame-options"), path).toBe("DENY");
        expect(res.headers.get("referrer-policy"), path).toBe("same-origin");
        const csp = res.headers.get("content-security-policy");
        expect(csp, path).toEqual(
          path === "/api/docs" ? null : expect.stringContaining("frame-ancestors 'none'"),
        );
      }
    },
  );

  it("refuses anonymous staff calls with 401 in the error shape", async () => {
    const res = await call(t, "GET", "/api/v1/units");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHORIZED");
  });

  it("rejects mutations without the CSRF token", async () => {
    const root = await buildUnit(t.db);
    const admin = await buildStaff(t.db, { unitId: root.id, roles: ["admin"] });
    const session = await signIn(t, admin.username);
    const res = await call(t, "POST", "/api/v1/units", {
      session,
      csrf: false,
      body: { code: "X1", name: "X", type: "xa", parentId: root.id, validFrom: "2025-07-01" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("CSRF");
  });

  it("answers 413 for an oversized body and 400 for malformed JSON", async () => {
    const root = await buildUnit(t.db);
    const admin = await buildStaff(t.db, { unitId: root.id, roles: ["admin"] });
    const session = await signIn(t, admin.username);
    const big = await call(t, "POST", "/api/v1/units", { session, body: { name: "x".repeat(1_100_000) } });
    expect(big.status).toBe(413);
    // With a Content-Length the header decides, before any of the body is read; without one (chunked,
    // as above) the body is counted as it streams.
    const headers = {
      cookie: session.cookie,
      "x-csrf-token": session.csrf,
      "content-type": "application/json",
    };
    const declared = await t.app.request("/api/v1/units", {
      method: "POST",
      headers: { ...headers, "content-length": "1100000" },
      body: "{}",
    });
    expect(declared.status).toBe(413);
    const small = await t.app.request("/api/v1/units", {
      method: "POST",
      headers: { ...headers, "content-length": "2" },
      body: "{}",
    });
    expect(small.status).toBe(400);
    const bad = await t.app.request("/api/v1/units", {
      method: "POST",
      headers,
      body: "{not json",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
  });

  it("keeps the audit chain verifiable after mutations", async () => {
    const root = await buildUnit(t.db);
    const admin = await buildStaff(t.db, { unitId: root.id, roles: ["admin"] });
    const session = await signIn(t, admin.username);
    for (let i = 0; i < 3; i++) {
      const res = await call(t, "POST", "/api/v1/units", {
        session,
        body: { code: `C${i}`, name: `Xã ${i}`, type: "xa", parentId: root.id, validFrom: "2025-07-01" },
      });
      expect(res.status).toBe(201);
    }
    const result = await verifyAuditChain(t.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(4);
  });

  it("answers 429 in the error shape, with Retry-After, after 20 sign-in attempts a minute from one address", async () => {
    const attempt = (ip: string) =>
      t.app.request("/api/v1/auth/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": ip },
        body: JSON.stringify({ username: "khong-co-ai", password: "sai-mat-khau" }),
      });
    for (let i = 0; i < 20; i++) {
      expect((await attempt("10.77.0.1")).status).toBe(401);
    }
    const limited = await attempt("10.77.0.1");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toEqual(expect.any(String));
    expect((await attempt("10.77.0.2")).status).toBe(401);
  });

  it("serves Prometheus metrics at /metrics, counting requests by route", async () => {
    await call(t, "GET", "/health");
    await call(t, "GET", "/api/v1/units");
    const res = await t.app.request("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*status="401"[^}]*\} \d+/);
  });
});
