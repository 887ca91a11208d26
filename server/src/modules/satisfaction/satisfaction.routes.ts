import {
  AnswerFollowUpInput,
  CreateKioskInput,
  IndexQuery,
  IndexResult,
  InteractionKind,
  Kiosk,
  KioskKeyResult,
  PaperRatingForm,
  PaperRatingInput,
  PaperRatingResult,
  PendingInteraction,
  QuestionnaireInput,
  Questionnaire as QuestionnaireOut,
  RatingItem,
  RatingLink,
  RatingListQuery,
  SatisfactionRuleSet,
  SendToKioskInput,
  Token,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { forbidden } from "../../platform/errors";
import { type AppEnv, actorOf, body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { canAnywhere } from "../../platform/scope";
import { todayVn } from "../tasks/internal";
import { answerFollowUp } from "./answer-follow-up";
import { satisfactionIndex } from "./indices";
import { createKiosk, listKiosks, rekeyKiosk } from "./kiosks";
import { listPending } from "./list-pending";
import { listRatings } from "./list-ratings";
import { enterPaperRating, paperRatingForm } from "./paper-rating";
import { getQuestionnaire, saveQuestionnaire } from "./questionnaires";
import { ratingLink } from "./rating-link";
import { ruleSetFor } from "./rules";
import { sendToKiosk } from "./send-to-kiosk";
import "./messages";

const tags = ["satisfaction"];
const IdParam = z.object({ id: z.string().uuid() });

/** Readers of satisfaction data anywhere; others get 403 rather than an always-empty list. */
function reader(c: Context<AppEnv>) {
  const actor = actorOf(c);
  if (!canAnywhere(actor, "satisfaction.read")) {
    throw forbidden();
  }
  return actor;
}

/** Counter staff: they send to the kiosk and transcribe the paper forms handed back. */
function counter(c: Context<AppEnv>) {
  const actor = actorOf(c);
  if (!canAnywhere(actor, "satisfaction.kiosk")) {
    throw forbidden();
  }
  return actor;
}

export const satisfactionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/ratings",
      tags,
      summary: "Ratings under the caller's units, newest first, with their follow-up",
      request: { query: RatingListQuery },
      responses: {
        200: json(
          z.object({ items: z.array(RatingItem), total: z.number(), page: z.number(), pageSize: z.number() }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listRatings(ctxOf(c).db, reader(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/ratings/{id}/answer",
      tags,
      summary: "Record the unit's answer to a dissatisfied citizen",
      request: { params: IdParam, ...body(AnswerFollowUpInput) },
      responses: {
        200: json(
          z.object({ id: z.string(), followUpStatus: z.literal("answered"), followUpAnswer: z.string() }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await answerFollowUp(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/index",
      tags,
      summary: "Satisfaction index by officer, unit, agency, procedure, channel, kind or month, with n",
      request: { query: IndexQuery },
      responses: { 200: json(IndexResult), ...errorResponses },
    }),
    async (c) => c.json(await satisfactionIndex(ctxOf(c).db, reader(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/rules",
      tags,
      summary: "The rating rule set in force today (unverified values flagged)",
      responses: { 200: json(SatisfactionRuleSet), ...errorResponses },
    }),
    async (c) => {
      reader(c);
      return c.json(await ruleSetFor(ctxOf(c).db, todayVn()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/links",
      tags,
      summary: "The rating link (for the slip's QR code) of a finished interaction",
      request: { query: z.object({ kind: InteractionKind, refId: z.string().uuid() }) },
      responses: { 200: json(RatingLink), 412: errorResponses[409], ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await ratingLink(ctxOf(c).db, ctxOf(c).config, reader(c), q.kind, q.refId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/pending",
      tags,
      summary: "Finished interactions of the caller's units not rated yet, the caller's own first",
      responses: { 200: json(z.object({ items: z.array(PendingInteraction) })), ...errorResponses },
    }),
    async (c) => {
      return c.json({ items: await listPending(ctxOf(c).db, counter(c)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/kiosks",
      tags,
      summary: "The counters' rating tablets the caller may send to",
      responses: { 200: json(z.object({ items: z.array(Kiosk) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listKiosks(ctxOf(c).db, actorOf(c)) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/kiosks",
      tags,
      summary: "Bind a rating tablet to a counter; the key is returned once",
      request: body(CreateKioskInput),
      responses: { 201: json(KioskKeyResult), ...errorResponses },
    }),
    async (c) => c.json(await createKiosk(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/kiosks/{id}/rekey",
      tags,
      summary: "Give a counter's tablet a new key; the old key stops working",
      request: { params: IdParam },
      responses: { 200: json(KioskKeyResult), ...errorResponses },
    }),
    async (c) => c.json(await rekeyKiosk(ctxOf(c), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/kiosks/{id}/send",
      tags,
      summary: "Show the just-finished interaction on the counter's tablet for rating",
      request: { params: IdParam, ...body(SendToKioskInput) },
      responses: {
        200: json(z.object({ kioskId: z.string(), label: z.string(), sentAt: z.string() })),
        412: errorResponses[409],
        ...errorResponses,
      },
    }),
    async (c) => c.json(await sendToKiosk(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/questionnaires",
      tags,
      summary: "The questionnaire a unit's citizens answer now (version 0 = shipped SIPAS-style one)",
      request: { query: z.object({ unitId: z.string().uuid() }) },
      responses: {
        200: json(
          z.object({
            unitId: z.string(),
            id: z.string().nullable(),
            version: z.number(),
            questions: z.array(z.any()),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getQuestionnaire(ctxOf(c).db, reader(c), c.req.valid("query").unitId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/questionnaires",
      tags,
      summary: "Save a new version of a unit's questionnaire",
      request: body(QuestionnaireInput),
      responses: { 201: json(QuestionnaireOut), ...errorResponses },
    }),
    async (c) => c.json(await saveQuestionnaire(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/satisfaction/paper-ratings/{token}",
      tags,
      summary: "The interaction a filled paper invitation's token opens, to check before transcribing it",
      request: { params: z.object({ token: Token }) },
      responses: { 200: json(PaperRatingForm), ...errorResponses },
    }),
    async (c) => c.json(await paperRatingForm(ctxOf(c).db, counter(c), c.req.valid("param").token), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/satisfaction/paper-ratings",
      tags,
      summary:
        "Transcribe a filled paper invitation: the citizen's rating, channel paper, entered by the caller",
      request: body(PaperRatingInput),
      responses: { 201: json(PaperRatingResult), ...errorResponses },
    }),
    async (c) => {
      counter(c);
      return c.json(await enterPaperRating(ctxOf(c), c.req.valid("json")), 201);
    },
  );
