import {
  AssignPetitionInput,
  ClassifyPetitionInput,
  DecidePetitionInput,
  ExtendPetitionInput,
  Petition,
  PetitionBoard,
  PetitionBoardQuery,
  PetitionDetail,
  PetitionFigures,
  PetitionFiguresQuery,
  PetitionIntakeInput,
  PetitionIntakeResult,
  PetitionListQuery,
  PetitionNoteInput,
  PetitionPeople,
  ReportToHeadInput,
  ResolvePetitionInput,
  SecondComplaintInput,
  SimilarCheckInput,
  SimilarPetition,
  SimilarQuery,
  SplitPetitionInput,
  UrgePetitionInput,
  WithdrawPetitionInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { downloadHeaders } from "../../platform/files";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { IDEMPOTENCY_HEADER } from "../../platform/idempotency";
import { addPetitionNote } from "./add-note";
import { assignPetition } from "./assign-petition";
import { petitionBoard } from "./board";
import { classifyPetition } from "./classify-petition";
import { decidePetition } from "./decide-petition";
import { directPetition } from "./direct-petition";
import { exportPetitions } from "./export-petitions";
import { extendPetition } from "./extend-petition";
import { petitionFigures } from "./figures";
import { reportToHead, urgePetition } from "./follow-up-tasks";
import { getPetition } from "./get-petition";
import { intakePetition } from "./intake-petition";
import { listPetitions } from "./list-petitions";
import { readPetitionFile } from "./petition-file";
import { petitionPeople } from "./petition-people";
import { resolvePetition } from "./resolve-petition";
import { fileSecondComplaint } from "./second-complaint";
import { checkSimilarBeforeIntake } from "./similar-check";
import { similarPetitions } from "./similar-petitions";
import { splitPetition } from "./split-petition";
import { withdrawPetition } from "./withdraw-petition";

export { publicPetitionRoutes } from "./public.routes";

const tags = ["petitions"];
const IdParam = z.object({ id: z.string().uuid() });
const IdempotencyHeaders = z.object({ [IDEMPOTENCY_HEADER]: z.string().max(200).optional() });
const TaskRef = z.object({ id: z.string(), code: z.string(), dueDate: z.string() });

/** One POST route per step of the petition's life, each with its own input schema. */
function step<S extends z.ZodType>(path: string, summary: string, input: S) {
  return createRoute({
    method: "post",
    path: `/petitions/{id}/${path}`,
    tags,
    summary,
    request: { params: IdParam, ...body(input) },
    responses: { 200: json(PetitionDetail), ...errorResponses, 412: errorResponses[409] },
  });
}

const r = createRouter();

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions",
    tags,
    summary:
      "Petition register: filters by status, kind, unit, agency, due soon, overdue, text; keyset pages",
    request: { query: PetitionListQuery },
    responses: {
      200: json(z.object({ items: z.array(Petition), nextCursor: z.string().nullable() })),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listPetitions(ctxOf(c), c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/export",
    tags,
    summary: "The register as CSV (same filters as the list; identities of denouncers stay masked)",
    request: { query: PetitionListQuery },
    responses: { 200: { description: "text/csv" }, ...errorResponses },
  }),
  async (c) =>
    c.body(await exportPetitions(ctxOf(c), c.req.valid("query")), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="so-theo-doi-don.csv"',
    }),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/board",
    tags,
    summary: "Monitoring board: due soon, overdue, counts by agency",
    request: { query: PetitionBoardQuery },
    responses: { 200: json(PetitionBoard), ...errorResponses },
  }),
  async (c) => c.json(await petitionBoard(ctxOf(c), c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/figures",
    tags,
    summary: "Handling rate (resolved ÷ accepted), on-time rate, backlog by age, by unit and kind",
    request: { query: PetitionFiguresQuery },
    responses: { 200: json(PetitionFigures), ...errorResponses },
  }),
  async (c) => c.json(await petitionFigures(ctxOf(c), c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions",
    tags,
    summary: "Intake from any channel, with attachments; honours Idempotency-Key",
    request: { headers: IdempotencyHeaders, ...body(PetitionIntakeInput) },
    responses: { 201: json(PetitionIntakeResult), ...errorResponses },
  }),
  async (c) => {
    const key = c.req.valid("header")[IDEMPOTENCY_HEADER];
    return c.json(await intakePetition(ctxOf(c), c.req.valid("json"), key), 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions/similar-check",
    tags,
    summary: "Before saving: earlier petitions with the same applicant or similar content (nothing stored)",
    request: body(SimilarCheckInput),
    responses: { 200: json(z.object({ items: z.array(SimilarPetition) })), ...errorResponses },
  }),
  async (c) => c.json({ items: await checkSimilarBeforeIntake(ctxOf(c), c.req.valid("json")) }, 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/{id}",
    tags,
    summary: "A petition with its timeline; a denouncer's identity only for the handler and directing leader",
    request: { params: IdParam },
    responses: { 200: json(PetitionDetail), ...errorResponses },
  }),
  async (c) => c.json(await getPetition(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/{id}/similar",
    tags,
    summary: "Earlier petitions repeating this one: same applicant, similar content, decided, over-level",
    request: { params: IdParam, query: SimilarQuery },
    responses: { 200: json(z.object({ items: z.array(SimilarPetition) })), ...errorResponses },
  }),
  async (c) => {
    const items = await similarPetitions(ctxOf(c), c.req.valid("param").id, c.req.valid("query").threshold);
    return c.json({ items }, 200);
  },
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/{id}/people",
    tags,
    summary: "Agencies, handlers and heads to pick from when assigning, urging or reporting to the head",
    request: { params: IdParam },
    responses: { 200: json(PetitionPeople), ...errorResponses },
  }),
  async (c) => c.json(await petitionPeople(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/petitions/{id}/files/{fileId}",
    tags,
    summary: "Download a file attached to the petition's timeline",
    request: { params: IdParam.extend({ fileId: z.string().regex(/^[0-9a-f]{64}$/) }) },
    responses: { 200: { description: "The bytes" }, ...errorResponses },
  }),
  async (c) => {
    const { id, fileId } = c.req.valid("param");
    const { row, bytes } = await readPetitionFile(ctxOf(c), id, fileId);
    return c.body(new Uint8Array(bytes), 200, downloadHeaders(row));
  },
);

r.openapi(
  step("classify", "Classify by content, eligibility, competence, signers", ClassifyPetitionInput),
  async (c) => c.json(await classifyPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(step("split", "Split a petition with several contents", SplitPetitionInput), async (c) =>
  c.json(await splitPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  step("decide", "Accept, guide (once), transfer (once) or archive", DecidePetitionInput),
  async (c) => c.json(await decidePetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(step("assign", "Assign the agency and the handler", AssignPetitionInput), async (c) =>
  c.json(await assignPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(step("notes", "Add a progress note with files", PetitionNoteInput), async (c) =>
  c.json(await addPetitionNote(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(step("direction", "The head records a direction on the case", PetitionNoteInput), async (c) =>
  c.json(await directPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  step("extend", "The head extends the resolution time in writing, as the rule allows", ExtendPetitionInput),
  async (c) => c.json(await extendPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  step("resolve", "Record the answer or decision; publish it to the citizen", ResolvePetitionInput),
  async (c) => c.json(await resolvePetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(step("withdraw", "Record a written withdrawal", WithdrawPetitionInput), async (c) =>
  c.json(await withdrawPetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions/{id}/second-complaint",
    tags,
    summary: "File a second complaint linked to this first complaint",
    request: { params: IdParam, ...body(SecondComplaintInput) },
    responses: { 201: json(PetitionIntakeResult), ...errorResponses, 412: errorResponses[409] },
  }),
  async (c) => c.json(await fileSecondComplaint(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions/{id}/urge",
    tags,
    summary: "Urge the handler (đôn đốc): creates a follow-up task",
    request: { params: IdParam, ...body(UrgePetitionInput) },
    responses: { 201: json(TaskRef), ...errorResponses },
  }),
  async (c) => c.json(await urgePetition(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/petitions/{id}/report-to-head",
    tags,
    summary: "Report to the head (complex or sensitive case): creates a task the head directs",
    request: { params: IdParam, ...body(ReportToHeadInput) },
    responses: { 201: json(TaskRef), ...errorResponses },
  }),
  async (c) => c.json(await reportToHead(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

export const petitionRoutes = r;
