import { KioskCurrent, RateInput, RateResult, RatingForm, Token } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Ctx, withTransaction } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { type AppEnv, body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { RateLimiter } from "../../platform/rate-limit";
import { formOf, interactionByToken } from "./internal";
import { kioskCurrent } from "./kiosk-current";
import { kioskByKey } from "./kiosks";
import { rateInteraction } from "./rate";
import "./messages";

const tags = ["public"];
export const KIOSK_KEY_HEADER = "x-kiosk-key";
const KioskHeaders = z.object({ [KIOSK_KEY_HEADER]: z.string().max(200).optional() });
const publicErrors = {
  400: errorResponses[400],
  401: errorResponses[401],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  429: errorResponses[400],
};

/** Ratings are cheap to send, so a device gets fewer than the general public limit (flooding). */
const rateLimiter = new RateLimiter(20, 60_000);

function limitRating(c: Context<AppEnv>) {
  const wait = rateLimiter.hit(ctxOf(c).ip ?? "local");
  if (wait > 0) {
    c.header("retry-after", String(wait));
    throw new AppError("RATE_LIMITED", "rateLimited");
  }
}

async function formByToken(ctx: Ctx, token: string) {
  return withTransaction(ctx, async (tx) => formOf(tx, await interactionByToken(tx, token)));
}

export const publicSatisfactionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/forms/{token}",
      tags,
      summary: "The rating form a slip's link or QR code opens",
      request: { params: z.object({ token: Token }) },
      responses: { 200: json(RatingForm), ...publicErrors },
    }),
    async (c) => c.json(await formByToken(ctxOf(c), c.req.valid("param").token), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/forms/{token}",
      tags,
      summary: "Rate online; sending again inside the edit window makes a new version, not a new vote",
      request: { params: z.object({ token: Token }), ...body(RateInput) },
      responses: { 200: json(RateResult), ...publicErrors },
    }),
    async (c) => {
      limitRating(c);
      const result = await rateInteraction(ctxOf(c), c.req.valid("param").token, c.req.valid("json"), {
        channel: "online",
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/kiosks/{id}/current",
      tags,
      summary: "A counter's tablet asks what to show (header x-kiosk-key)",
      request: { params: z.object({ id: z.string().uuid() }), headers: KioskHeaders },
      responses: { 200: json(KioskCurrent), ...publicErrors },
    }),
    async (c) =>
      c.json(
        await kioskCurrent(ctxOf(c), c.req.valid("param").id, c.req.valid("header")[KIOSK_KEY_HEADER]),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/kiosks/{id}/ratings",
      tags,
      summary: "A counter's tablet sends the rating of the interaction its clerk sent it",
      request: {
        params: z.object({ id: z.string().uuid() }),
        headers: KioskHeaders,
        ...body(RateInput.extend({ token: Token })),
      },
      responses: { 200: json(RateResult), ...publicErrors },
    }),
    async (c) => {
      limitRating(c);
      const ctx = ctxOf(c);
      const id = c.req.valid("param").id;
      await withTransaction(ctx, (tx) => kioskByKey(tx, id, c.req.valid("header")[KIOSK_KEY_HEADER]));
      const { token, ...input } = c.req.valid("json");
      return c.json(await rateInteraction(ctx, token, input, { channel: "kiosk", kioskId: id }), 200);
    },
  );
