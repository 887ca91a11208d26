import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import { CSRF_HEADER, type ErrorCode, FILE_LIMITS, LIMITS, STATUS_BY_CODE } from "@danvan/common";
import { CalendarInputError, CalendarRangeError } from "@danvan/common/calendar";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "pino";
import type { Database } from "./db/client";
import { auditRoutes } from "./modules/audit/audit.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { calendarRoutes, publicCalendarRoutes } from "./modules/calendar/calendar.routes";
import { consultationApi } from "./modules/consultations";
import { dashboardRoutes } from "./modules/dashboard";
import { directoryRoutes } from "./modules/directory/directory.routes";
import { fileRoutes } from "./modules/files/files.routes";
import { oneStopRoutes, publicOneStopRoutes } from "./modules/one-stop";
import { opsRoutes } from "./modules/ops/ops.routes";
import { petitionRoutes, publicPetitionRoutes } from "./modules/petitions/petitions.routes";
import { publicReceptionRoutes, receptionRoutes } from "./modules/reception/reception.routes";
import { publicSatisfactionRoutes, satisfactionRoutes } from "./modules/satisfaction";
import { publicPromiseRoutes, taskRoutes } from "./modules/tasks/tasks.routes";
import { publicTransparencyRoutes } from "./modules/transparency";
import { clientAddress } from "./platform/client-address";
import type { Config } from "./platform/config";
import { AppError } from "./platform/errors";
import { createRouter } from "./platform/http";
import type { JobRunner } from "./platform/jobs";
import { pickLocale, translate } from "./platform/messages";
import { createMetrics } from "./platform/metrics";
import { RateLimiter } from "./platform/rate-limit";
import { readSessionCookie, resolveSession } from "./platform/session";
import { mountStatic } from "./platform/static";

export type AppDeps = { database: Database; config: Config; log: Logger; jobs: JobRunner; webDist?: string };

/** Paths under /api/v1 that an anonymous caller may reach. */
const PUBLIC_STAFF_PATHS = new Set(["/api/v1/auth/sign-in", "/api/v1/meta"]);
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Multipart upload routes: the file limit instead of the 1 MB body limit. */
const UPLOAD_PATHS = new Set([
  "/api/v1/households/sheet",
  "/api/v1/files",
  "/api/public/v1/petitions/files",
  "/api/public/v1/dossiers/files",
]);

const SECURITY_HEADERS: [string, string][] = [
  ["x-content-type-options", "nosniff"],
  ["referrer-policy", "same-origin"],
  ["x-frame-options", "DENY"],
];
/** A caller's own request id is kept when it looks like one (as Hono's requestId middleware does). */
const REQUEST_ID = /^[\w\-=]+$/;

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export function buildApp(deps: AppDeps) {
  const { database, config, log } = deps;
  const metrics = createMetrics();
  const signInLimiter = new RateLimiter(20, 60_000);
  const publicLimiter = new RateLimiter(120, 60_000);

  const app = createRouter();

  app.use("*", async (c, next) => {
    const given = c.req.header("x-request-id");
    const id = given && given.length <= 255 && REQUEST_ID.test(given) ? given : randomUUID();
    c.set("requestId", id);
    const headers: [string, string][] = [["x-request-id", id], ...SECURITY_HEADERS];
    if (c.req.path !== "/api/docs") {
      // AntD injects styles at runtime; scripts come only from our own bundle.
      headers.push(["content-security-policy", CSP]);
    }
    // Served by Node, they go on Node's response, which merges them with the answer's own: a Headers
    // object on every answer made the adapter copy it back into Node's form, a few percent of a request.
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing) {
      for (const [name, value] of headers) {
        outgoing.setHeader(name, value);
      }
      return next();
    }
    await next();
    // In process (app.request): on the answer's own headers. c.header() after the handler would rebuild
    // the Response around its body as a stream.
    for (const [name, value] of headers) {
      c.res.headers.set(name, value);
    }
  });
  app.use("*", async (c, next) => {
    const started = performance.now();
    const ip = clientAddress(c, config.trustProxy);
    c.set("session", null);
    c.set("ctx", {
      db: database.db,
      config,
      actor: null,
      requestId: c.get("requestId"),
      locale: pickLocale(c.req.header("accept-language")),
      ip,
    });
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.routePath || "unmatched";
    metrics.observe(c.req.method, route, c.res.status, seconds);
    if (c.req.path !== "/health" && c.req.path !== "/metrics") {
      log.info(
        {
          reqId: c.get("requestId"),
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(seconds * 1000),
        },
        "request",
      );
    }
  });

  app.onError((err, c) => {
    const locale = c.get("ctx")?.locale ?? "vi";
    let code: ErrorCode = "INTERNAL";
    let key = "internal";
    let details: { path: string; message: string }[] | undefined;
    let params: Record<string, string | number> | undefined;
    if (err instanceof AppError) {
      ({ code, key, details, params } = err);
    } else if (err instanceof CalendarInputError) {
      code = "VALIDATION";
      key = "validation";
      details = [
        { path: err.path, message: err instanceof CalendarRangeError ? "calendar.range" : "calendar.input" },
      ];
    } else if (err instanceof HTTPException && err.status < 500) {
      code = err.status === 413 ? "PAYLOAD_TOO_LARGE" : "VALIDATION";
      key = code === "VALIDATION" ? "validation" : "payloadTooLarge";
      details = code === "VALIDATION" ? [{ path: "(body)", message: "invalidFormat" }] : undefined;
    } else {
      log.error({ err, reqId: c.get("requestId") }, "unhandled error");
    }
    const localizedDetails = details?.map((d) => ({ path: d.path, message: translate(d.message, locale) }));
    return c.json(
      {
        error: {
          code,
          message: translate(key, locale, params),
          ...(localizedDetails ? { details: localizedDetails } : {}),
        },
      },
      STATUS_BY_CODE[code] as 400,
    );
  });

  app.get("/health", (c) => c.json({ status: "ok" }));
  app.get("/metrics", async (c) =>
    c.text(await metrics.render(), 200, { "content-type": metrics.contentType }),
  );

  const tooLarge = () => {
    throw new AppError("PAYLOAD_TOO_LARGE", "payloadTooLarge");
  };
  // With a Content-Length (Node's parser reads exactly that many bytes) the header decides, as in Hono's
  // bodyLimit, but without asking for the body stream: that made the Node adapter build a full Request.
  const limit = (maxSize: number): MiddlewareHandler => {
    const streamed = bodyLimit({ maxSize, onError: tooLarge });
    return (c, next) => {
      const length = c.req.header("content-length");
      if (length === undefined || c.req.header("transfer-encoding") !== undefined) {
        return streamed(c, next);
      }
      return Number.parseInt(length || "0", 10) > maxSize ? tooLarge() : next();
    };
  };
  const jsonLimit = limit(LIMITS.bodyBytes);
  // Uploads get the file limit plus room for the multipart envelope; every other body stays at 1 MB.
  const uploadLimit = limit(FILE_LIMITS.maxBytes + 64 * 1024);
  // A GET or HEAD has no body to limit, and asking for it makes the Node adapter build a full Request.
  app.use("/api/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "HEAD"
      ? next()
      : UPLOAD_PATHS.has(c.req.path)
        ? uploadLimit(c, next)
        : jsonLimit(c, next),
  );

  app.use("/api/public/*", async (c, next) => {
    const wait = publicLimiter.hit(c.get("ctx").ip ?? "local");
    if (wait > 0) {
      c.header("retry-after", String(wait));
      throw new AppError("RATE_LIMITED", "rateLimited");
    }
    await next();
  });

  app.use("/api/v1/*", async (c, next) => {
    const ctx = c.get("ctx");
    const token = readSessionCookie(c);
    const resolved = token ? await resolveSession(database.db, token) : null;
    if (resolved) {
      ctx.actor = resolved.actor;
      ctx.locale = c.req.header("accept-language") ? ctx.locale : resolved.locale;
      c.set("session", resolved.session);
    }
    if (c.req.path === "/api/v1/auth/sign-in") {
      const wait = signInLimiter.hit(ctx.ip ?? "local");
      if (wait > 0) {
        c.header("retry-after", String(wait));
        throw new AppError("RATE_LIMITED", "rateLimited");
      }
      return next();
    }
    if (PUBLIC_STAFF_PATHS.has(c.req.path)) {
      return next();
    }
    if (!resolved) {
      throw new AppError("UNAUTHORIZED", "unauthorized");
    }
    if (!SAFE_METHODS.has(c.req.method) && c.req.header(CSRF_HEADER) !== resolved.session.csrfToken) {
      throw new AppError("CSRF", "csrf");
    }
    return next();
  });

  app.get("/api/v1/meta", (c) => c.json({ demo: config.demo, version: "0.1.0", database: database.kind }));

  app.route("/api/v1/auth", authRoutes);
  app.route("/api/v1", directoryRoutes);
  app.route("/api/v1/audit", auditRoutes);
  app.route("/api/v1", opsRoutes(deps));
  app.route("/api/v1", calendarRoutes);
  app.route("/api/public/v1/calendar", publicCalendarRoutes);
  app.route("/api/v1", taskRoutes);
  app.route("/api/v1", fileRoutes);
  app.route("/api/public/v1", publicPromiseRoutes);
  app.route("/api/v1", petitionRoutes);
  app.route("/api/public/v1", publicPetitionRoutes);
  app.route("/api/v1", receptionRoutes);
  app.route("/api/public/v1", publicReceptionRoutes);
  app.route("/api/v1", oneStopRoutes);
  app.route("/api/public/v1", publicOneStopRoutes);
  app.route("/api/v1", satisfactionRoutes);
  app.route("/api/public/v1", publicSatisfactionRoutes);
  app.route("/api", consultationApi);
  app.route("/api/v1", dashboardRoutes);
  app.route("/api/public/v1", publicTransparencyRoutes);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Danvan API",
      version: "0.1.0",
      description:
        "Danvan — dân vận chính quyền. Staff API under /api/v1 (cookie session + x-csrf-token header on mutations); citizen API under /api/public/v1. Errors: {error:{code,message,details[]}}. Page size ≤ 100, body ≤ 1 MB.",
    },
  });
  app.get("/api/docs", (c) => c.html(docsPage()));

  mountStatic(app, deps.webDist);
  return app;
}

function docsPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Danvan API</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .3em}
li{margin:.2rem 0}</style></head><body><h1>Danvan API</h1><p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a></p>
<ul id="ops"></ul><script>fetch('/api/openapi.json').then(r=>r.json()).then(d=>{const ul=document.getElementById('ops');
for(const [p,ms] of Object.entries(d.paths)){for(const [m,o] of Object.entries(ms)){const li=document.createElement('li');
li.textContent=m.toUpperCase()+' '+p+' — '+(o.summary||'');ul.appendChild(li);}}});</script></body></html>`;
}

export type AppType = ReturnType<typeof buildApp>;
