import {
  CreateEntryInput,
  CreateSessionInput,
  EntryFollowUpInput,
  EntryPetitionInput,
  EntryPetitionResult,
  ReceptionEntry,
  ReceptionEntryDetail,
  ReceptionSession,
  RefusalNoticeInput,
  SessionDetail,
  SessionListQuery,
  SessionStateInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { downloadHeaders } from "../../platform/files";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { createEntry } from "./create-entry";
import { createSession } from "./create-session";
import { readEntryFile } from "./entry-file";
import { createEntryPetition } from "./entry-petition";
import { getEntry } from "./get-entry";
import { getSession } from "./get-session";
import { listSessions } from "./list-sessions";
import { transitionSession } from "./transition-session";
import { updateEntry } from "./update-entry";

const tags = ["reception"];
const IdParam = z.object({ id: z.string().uuid() });
const withPrecondition = { ...errorResponses, 412: errorResponses[409] };

export const sessionRoutes = createRouter();

sessionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/sessions",
    tags,
    summary: "Reception sessions in scope, newest first",
    request: { query: SessionListQuery },
    responses: {
      200: json(z.object({ items: z.array(ReceptionSession), total: z.number().int() })),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listSessions(ctxOf(c), c.req.valid("query")), 200),
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/sessions",
    tags,
    summary: "Open a session: periodic (a schedule's day), regular, ad hoc or online",
    request: body(CreateSessionInput),
    responses: { 201: json(ReceptionSession), ...errorResponses },
  }),
  async (c) => c.json(await createSession(ctxOf(c), c.req.valid("json")), 201),
);

sessionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/sessions/{id}",
    tags,
    summary: "A session with its reception book and records",
    request: { params: IdParam },
    responses: { 200: json(SessionDetail), ...errorResponses },
  }),
  async (c) => c.json(await getSession(ctxOf(c), c.req.valid("param").id), 200),
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/sessions/{id}/state",
    tags,
    summary: "Mark a session held, or cancel a planned one with a reason",
    request: { params: IdParam, ...body(SessionStateInput) },
    responses: { 200: json(SessionDetail), ...withPrecondition },
  }),
  async (c) => c.json(await transitionSession(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/sessions/{id}/entries",
    tags,
    summary: "Write a line of the reception book (group representatives, refusal with its ground)",
    request: { params: IdParam, ...body(CreateEntryInput) },
    responses: { 201: json(ReceptionEntry), ...withPrecondition },
  }),
  async (c) => c.json(await createEntry(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

sessionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/entries/{id}",
    tags,
    summary: "A book entry; the visitor's identity only for those who may read it (sealed reads audited)",
    request: { params: IdParam },
    responses: { 200: json(ReceptionEntryDetail), ...errorResponses },
  }),
  async (c) => c.json(await getEntry(ctxOf(c), c.req.valid("param").id), 200),
);

sessionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/entries/{id}/files/{fileId}",
    tags,
    summary: "Download the entry's appointment of representatives or refusal notice",
    request: { params: IdParam.extend({ fileId: z.string().regex(/^[0-9a-f]{64}$/) }) },
    responses: { 200: { description: "The bytes" }, ...errorResponses },
  }),
  async (c) => {
    const { id, fileId } = c.req.valid("param");
    const { row, bytes } = await readEntryFile(ctxOf(c), id, fileId);
    return c.body(new Uint8Array(bytes), 200, downloadHeaders(row));
  },
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/entries/{id}/refusal-notice",
    tags,
    summary: "Record the written notice of a refused reception",
    request: { params: IdParam, ...body(RefusalNoticeInput) },
    responses: { 200: json(ReceptionEntry), ...withPrecondition },
  }),
  async (c) =>
    c.json(
      await updateEntry(ctxOf(c), c.req.valid("param").id, {
        kind: "refusal-notice",
        input: c.req.valid("json"),
      }),
      200,
    ),
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/entries/{id}/follow-up",
    tags,
    summary: "Record the follow-up of the matter (column 12 of the book)",
    request: { params: IdParam, ...body(EntryFollowUpInput) },
    responses: { 200: json(ReceptionEntry), ...errorResponses },
  }),
  async (c) =>
    c.json(
      await updateEntry(ctxOf(c), c.req.valid("param").id, { kind: "follow-up", input: c.req.valid("json") }),
      200,
    ),
);

sessionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/entries/{id}/petition",
    tags,
    summary: "Register the entry's matter as a petition (petitions intake, channel reception)",
    request: { params: IdParam, ...body(EntryPetitionInput) },
    responses: { 201: json(EntryPetitionResult), ...withPrecondition },
  }),
  async (c) => c.json(await createEntryPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);
