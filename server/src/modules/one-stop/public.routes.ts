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
import type { Context } from "hono";
import type { Ctx } from "../../platform/context";
import { AppError, invalid } from "../../platform/errors";
import {
  idempotencyKey,
  idempotencyKeyParameter,
  trackingPin,
  trackingPinParameter,
} from "../../platform/header-params";
import { type AppEnv, body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
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

/**
 * An applicant's action on their dossier with the PIN in X-Tracking-Pin: the same path, header and call
 * shape for each verb (a wrong PIN answers 404 and counts as a guess).
 */
function pinAction<I extends z.ZodType, O extends z.ZodType>(
  verb: "supplement" | "withdraw",
  spec: { summary: string; input: I; output: O; refused: 409 | 412 },
  run: (ctx: Ctx, code: string, pin: string, input: z.infer<I>, client: string) => Promise<z.infer<O>>,
) {
  r.openapi(
    createRoute({
      method: "post",
      path: `/dossiers/{code}/${verb}`,
      tags,
      summary: spec.summary,
      request: {
        params: z.object({ code: DossierCode }),
        ...body(spec.input),
      },
      parameters: [trackingPinParameter(true)],
      responses: {
        200: json(spec.output),
        400: errorResponses[400],
        404: errorResponses[404],
        [spec.refused]: errorResponses[409],
        429: errorResponses[400],
      },
    }),
    async (c: Context<AppEnv>) => {
      // Hono cannot carry the route's generic types into one handler: the validated parts and the answer
      // are typed by `spec` instead (the hook has already answered 400 on bad input).
      const valid = (target: "param" | "json") =>
        (c.req.valid as (t: string) => Record<string, unknown>).call(c.req, target);
      const ctx = ctxOf(c);
      const code = valid("param").code as string;
      const pin = trackingPin(c, true);
      const input = valid("json") as z.infer<I>;
      const result = await run(ctx, code, pin, input, ctx.ip ?? "local");
      return c.json(result as never, 200);
    },
  );
}

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
    request: body(PublicDossierInput),
    parameters: [idempotencyKeyParameter],
    responses: { 201: json(PublicDossierReceipt), 400: errorResponses[400], 409: errorResponses[409] },
  }),
  async (c) => {
    const result = await fileOnline(ctxOf(c), c.req.valid("json"), idempotencyKey(c));
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

pinAction(
  "supplement",
  {
    summary:
      "The applicant sends the requested supplement with the PIN in X-Tracking-Pin (wrong PIN → 404, none asked → 409)",
    input: PublicSupplementInput,
    output: PublicSupplementResult,
    refused: 409,
  },
  supplementOnline,
);

r.openapi(
  createRoute({
    method: "get",
    path: "/dossiers/{code}",
    tags,
    summary: "Dossier status by code (no personal data); with X-Tracking-Pin, the applicant's own details",
    request: { params: z.object({ code: DossierCode }) },
    parameters: [trackingPinParameter(false)],
    responses: { 200: json(PublicDossierStatus), 400: errorResponses[400], 404: errorResponses[404] },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    return c.json(
      await trackDossier(
        ctx.db,
        ctx.config,
        c.req.valid("param").code,
        trackingPin(c, false),
        ctx.ip ?? "local",
      ),
      200,
    );
  },
);

pinAction(
  "withdraw",
  {
    summary: "The applicant withdraws an open dossier with the PIN in X-Tracking-Pin (wrong PIN → 404)",
    input: PublicWithdrawInput,
    output: z.object({ code: z.string(), status: z.literal("withdrawn") }),
    refused: 412,
  },
  withdrawOnline,
);

publicDocumentRoutes(r);

/** Citizen API of the one-stop shop, mounted under /api/public/v1. */
export const publicOneStopRoutes = r;
