import "./messages";
import {
  DossierCode,
  ONESTOP_LIMITS,
  PublicDossierInput,
  PublicDossierReceipt,
  PublicDossierStatus,
  PublicDossierUpload,
  PublicProcedure,
  PublicProcedureQuery,
  PublicSupplementInput,
  PublicSupplementResult,
  PublicWithdrawInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { AppError, invalid } from "../../platform/errors";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { IDEMPOTENCY_HEADER } from "../../platform/idempotency";
import { RateLimiter } from "../../platform/rate-limit";
import { publicDocumentRoutes } from "./documents/documents.routes";
import { fileOnline } from "./file-online";
import { listPublicProcedures } from "./list-procedures";
import { storeDossierUpload } from "./public-upload";
import { supplementOnline } from "./supplement-online";
import { trackDossier } from "./track-dossier";
import { withdrawOnline } from "./withdraw-online";

const tags = ["public"];
const r = createRouter();

/** Uploads cost disk, so a client address gets fewer than the general public limit. */
const uploads = new RateLimiter(ONESTOP_LIMITS.publicUploads, 10 * 60_000);

r.openapi(
  createRoute({
    method: "get",
    path: "/procedures",
    tags,
    summary: "The published procedure catalogue in force today",
    request: { query: PublicProcedureQuery },
    responses: {
      200: json(z.object({ items: z.array(PublicProcedure), nextCursor: z.string().nullable() })),
      400: errorResponses[400],
    },
  }),
  async (c) => c.json(await listPublicProcedures(ctxOf(c).db, c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/dossiers",
    tags,
    summary: "File a dossier online; a retry with the same Idempotency-Key returns the same code and PIN",
    request: {
      headers: z.object({ [IDEMPOTENCY_HEADER]: z.string().max(200).optional() }),
      ...body(PublicDossierInput),
    },
    responses: { 201: json(PublicDossierReceipt), 400: errorResponses[400], 409: errorResponses[409] },
  }),
  async (c) => {
    const result = await fileOnline(ctxOf(c), c.req.valid("json"), c.req.valid("header")[IDEMPOTENCY_HEADER]);
    if (result.replayed) {
      c.header("idempotent-replayed", "true");
    }
    return c.json(result.response, 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/dossiers/files",
    tags,
    summary:
      "Upload a scan for an online filing or supplement (multipart field “file”, ≤ 10 MB); answers a token to send it with",
    responses: {
      201: json(PublicDossierUpload),
      400: errorResponses[400],
      413: errorResponses[400],
      429: errorResponses[400],
    },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    const wait = uploads.hit(ctx.ip ?? "local");
    if (wait > 0) {
      c.header("retry-after", String(wait));
      throw new AppError("RATE_LIMITED", "rateLimited");
    }
    const form = await c.req.formData().catch(() => {
      throw invalid("file", "required");
    });
    const file = form.get("file");
    if (!(file instanceof File)) {
      throw invalid("file", "required");
    }
    return c.json(await storeDossierUpload(ctx, file), 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/dossiers/{code}/supplement",
    tags,
    summary:
      "The applicant sends the requested supplement with the PIN in X-Tracking-Pin (wrong PIN → 404, none asked → 409)",
    request: {
      params: z.object({ code: DossierCode }),
      headers: z.object({ "x-tracking-pin": z.string().trim().min(1).max(32) }),
      ...body(PublicSupplementInput),
    },
    responses: {
      200: json(PublicSupplementResult),
      400: errorResponses[400],
      404: errorResponses[404],
      409: errorResponses[409],
      429: errorResponses[400],
    },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await supplementOnline(
        ctx,
        c.req.valid("param").code,
        c.req.valid("header")["x-tracking-pin"],
        c.req.valid("json"),
        ctx.ip ?? "local",
      ),
      200,
    );
  },
);

r.openapi(
  createRoute({
    method: "get",
    path: "/dossiers/{code}",
    tags,
    summary: "Dossier status by code (no personal data); with X-Tracking-Pin, the applicant's own details",
    request: {
      params: z.object({ code: DossierCode }),
      headers: z.object({ "x-tracking-pin": z.string().trim().min(1).max(32).optional() }),
    },
    responses: { 200: json(PublicDossierStatus), 400: errorResponses[400], 404: errorResponses[404] },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await trackDossier(
        ctx.db,
        ctx.config,
        c.req.valid("param").code,
        c.req.valid("header")["x-tracking-pin"],
        ctx.ip ?? "local",
      ),
      200,
    );
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/dossiers/{code}/withdraw",
    tags,
    summary: "The applicant withdraws an open dossier with the PIN in X-Tracking-Pin (wrong PIN → 404)",
    request: {
      params: z.object({ code: DossierCode }),
      headers: z.object({ "x-tracking-pin": z.string().trim().min(1).max(32) }),
      ...body(PublicWithdrawInput),
    },
    responses: {
      200: json(z.object({ code: z.string(), status: z.literal("withdrawn") })),
      400: errorResponses[400],
      404: errorResponses[404],
      412: errorResponses[409],
    },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await withdrawOnline(
        ctx,
        c.req.valid("param").code,
        c.req.valid("header")["x-tracking-pin"],
        c.req.valid("json"),
        ctx.ip ?? "local",
      ),
      200,
    );
  },
);

publicDocumentRoutes(r);

/** Citizen API of the one-stop shop, mounted under /api/public/v1. */
export const publicOneStopRoutes = r;
