import {
  CommentInput,
  PublicConsultation,
  PublicConsultationSummary,
  PublicQuestionInput,
  PublicVoteInput,
  ReportInput,
  VerificationConfirmInput,
  VerificationRequestInput,
  VoteReceipt,
  VoterToken,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { downloadHeaders } from "../../platform/files";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { IDEMPOTENCY_HEADER } from "../../platform/idempotency";
import { postComment, reportComment } from "./comments";
import { getPublicConsultation, listPublicConsultations } from "./public-consultations";
import { publicFile } from "./public-file";
import { publicVote } from "./public-vote";
import { publicAsk } from "./questions";
import { confirmCode, requestCode } from "./verify-resident";

const tags = ["public"];
const IdParam = z.object({ id: z.string().uuid() });
const VOTER_HEADER = "x-voter-token";
const VoterHeader = z.object({ [VOTER_HEADER]: z.string().max(100).optional() });
const IdemHeader = z.object({ [IDEMPOTENCY_HEADER]: z.string().max(200).optional() });
const errors = {
  400: errorResponses[400],
  403: errorResponses[403],
  404: errorResponses[404],
  409: errorResponses[409],
  412: errorResponses[409],
  429: errorResponses[400],
};
const r = createRouter();

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations",
    tags,
    summary:
      "Published consultations (optionally of one unit and below), with the unanswered-question counter",
    request: {
      query: z.object({
        unitId: z.string().uuid().optional(),
        limit: z.coerce.number().int().min(1).max(100).default(25),
      }),
    },
    responses: { 200: json(z.object({ items: z.array(PublicConsultationSummary) })), ...errors },
  }),
  async (c) => c.json(await listPublicConsultations(ctxOf(c).db, c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}",
    tags,
    summary:
      "A consultation: documents, options, results, questions with answers, approved comments, commitments",
    request: { params: IdParam },
    responses: { 200: json(PublicConsultation), ...errors },
  }),
  async (c) => c.json(await getPublicConsultation(ctxOf(c).db, c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/files/{fileId}",
    tags,
    summary: "Download a document or map attached to a published consultation or one of its options",
    request: { params: z.object({ id: z.string().uuid(), fileId: z.string().regex(/^[0-9a-f]{64}$/) }) },
    responses: { 200: { description: "The bytes" }, ...errors },
  }),
  async (c) => {
    const p = c.req.valid("param");
    const f = await publicFile(ctxOf(c), p.id, p.fileId);
    return c.body(new Uint8Array(f.bytes), 200, downloadHeaders(f));
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/verification",
    tags,
    summary: "Ask for a one-time code by SMS: household code and the phone in the register must match",
    request: { params: IdParam, ...body(VerificationRequestInput) },
    responses: { 201: json(z.object({ verificationId: z.string(), expiresAt: z.string() })), ...errors },
  }),
  async (c) => c.json(await requestCode(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/verification/{verificationId}/confirm",
    tags,
    summary: "Confirm the code; the answer carries the voter token for X-Voter-Token",
    request: {
      params: z.object({ id: z.string().uuid(), verificationId: z.string().uuid() }),
      ...body(VerificationConfirmInput),
    },
    responses: { 200: json(VoterToken), ...errors },
  }),
  async (c) => {
    const p = c.req.valid("param");
    return c.json(await confirmCode(ctxOf(c), p.id, p.verificationId, c.req.valid("json").code), 200);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/vote",
    tags,
    summary:
      "Vote online as the verified household representative; a later vote replaces the earlier until close",
    request: { params: IdParam, headers: VoterHeader, ...body(PublicVoteInput) },
    responses: { 200: json(VoteReceipt), ...errors },
  }),
  async (c) =>
    c.json(
      await publicVote(
        ctxOf(c),
        c.req.valid("param").id,
        c.req.valid("header")[VOTER_HEADER],
        c.req.valid("json"),
      ),
      200,
    ),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/questions",
    tags,
    summary: "A verified resident asks a question; it is answered officially and published",
    request: { params: IdParam, headers: VoterHeader.merge(IdemHeader), ...body(PublicQuestionInput) },
    responses: {
      201: json(z.object({ id: z.string(), status: z.literal("open"), createdAt: z.string() })),
      ...errors,
    },
  }),
  async (c) => {
    const h = c.req.valid("header");
    const result = await publicAsk(
      ctxOf(c),
      c.req.valid("param").id,
      h[VOTER_HEADER],
      c.req.valid("json").body,
      h[IDEMPOTENCY_HEADER],
    );
    if (result.replayed) {
      c.header("idempotent-replayed", "true");
    }
    return c.json(result.response, 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/comments",
    tags,
    summary: "Leave an opinion; it is shown after a moderator approves it (plain text only)",
    request: { params: IdParam, headers: IdemHeader, ...body(CommentInput) },
    responses: { 201: json(z.object({ id: z.string(), status: z.literal("pending") })), ...errors },
  }),
  async (c) => {
    const result = await postComment(
      ctxOf(c),
      c.req.valid("param").id,
      c.req.valid("json"),
      c.req.valid("header")[IDEMPOTENCY_HEADER],
    );
    if (result.replayed) {
      c.header("idempotent-replayed", "true");
    }
    return c.json(result.response, 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultation-comments/{id}/report",
    tags,
    summary: "Report an approved comment as abusive (once per reporter)",
    request: { params: IdParam, ...body(ReportInput) },
    responses: { 200: json(z.object({ reported: z.boolean() })), ...errors },
  }),
  async (c) =>
    c.json(await reportComment(ctxOf(c), c.req.valid("param").id, c.req.valid("json").reason), 200),
);

export const publicConsultationRoutes = r;
