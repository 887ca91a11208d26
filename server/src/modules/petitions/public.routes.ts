import {
  PetitionCode,
  PublicPetitionInput,
  PublicPetitionReceipt,
  PublicPetitionStatus,
  PublicPetitionUnit,
  PublicUploadReceipt,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { invalid } from "../../platform/errors";
import {
  idempotencyKey,
  idempotencyKeyParameter,
  trackingPin,
  trackingPinParameter,
} from "../../platform/header-params";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { publicIntake } from "./public-intake";
import { publicPetitionUnits } from "./public-units";
import { storePublicUpload } from "./public-upload";
import { trackPetition } from "./track-petition";

const tags = ["public"];

const r = createRouter();

// Registered before /petitions/{code} so "units" is never read as a code.
r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/units",
    tags,
    summary: "Units a citizen may address a petition to (province, communes, wards, special zones)",
    responses: { 200: json(z.object({ items: z.array(PublicPetitionUnit) })) },
  }),
  async (c) => c.json({ items: await publicPetitionUnits(ctxOf(c).db) }, 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions/files",
    tags,
    summary:
      "Upload an attachment before filing (multipart field “file”, ≤ 10 MB); answers a token to file it with",
    responses: { 201: json(PublicUploadReceipt), 400: errorResponses[400], 413: errorResponses[400] },
  }),
  async (c) => {
    const form = await c.req.formData().catch(() => {
      throw invalid("file", "required");
    });
    const file = form.get("file");
    if (!(file instanceof File)) {
      throw invalid("file", "required");
    }
    return c.json(await storePublicUpload(ctxOf(c), file), 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions",
    tags,
    summary: "File a petition online; a retry with the same Idempotency-Key returns the same code and PIN",
    request: body(PublicPetitionInput),
    parameters: [idempotencyKeyParameter],
    responses: {
      201: json(PublicPetitionReceipt),
      400: errorResponses[400],
      409: errorResponses[409],
      429: errorResponses[400],
    },
  }),
  async (c) => {
    const result = await publicIntake(ctxOf(c), c.req.valid("json"), idempotencyKey(c));
    if (result.replayed) {
      c.header("idempotent-replayed", "true");
    }
    return c.json(result.response, 201);
  },
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/{code}",
    tags,
    summary: "Track a petition by code with the PIN in X-Tracking-Pin (wrong PIN → 404)",
    request: { params: z.object({ code: PetitionCode }) },
    parameters: [trackingPinParameter(true)],
    responses: { 200: json(PublicPetitionStatus), 400: errorResponses[400], 404: errorResponses[404] },
  }),
  async (c) => {
    const ctx = ctxOf(c);
    const { code } = c.req.valid("param");
    return c.json(await trackPetition(ctx.db, ctx.config, code, trackingPin(c, true)), 200);
  },
);

export const publicPetitionRoutes = r;
