import {
  AnswerInput,
  CommentListQuery,
  CommentView,
  ConcernedHousehold,
  ConcernedHouseholdQuery,
  ConsultationDetail,
  FILE_LIMITS,
  HouseholdImportInput,
  HouseholdImportReport,
  HouseholdListQuery,
  HouseholdView,
  MeetingInput,
  MeetingView,
  ModerateInput,
  OfficerVerifyInput,
  OfficerVoteInput,
  QuestionView,
  StaffQuestionInput,
  TallyInput,
  TrackerInput,
  TrackerView,
  VoteReceipt,
  VoterToken,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { invalid } from "../../platform/errors";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { answerQuestion } from "./answer-question";
import { listComments, moderateComment } from "./comments";
import { listConcernedHouseholds } from "./concerned-households";
import { importHouseholds } from "./import-households";
import { listHouseholds } from "./list-households";
import { listMeetings, recordMeeting } from "./meetings";
import { askQuestion, listQuestions, routeQuestion } from "./questions";
import { readHouseholdSheet } from "./read-household-sheet";
import { recordTally } from "./record-tally";
import { recordVote } from "./record-vote";
import { enrolAffected, trackerView, updateAffected } from "./tracker";
import { officerVerify } from "./verify-resident";

const tags = ["consultations"];
const IdParam = z.object({ id: z.string().uuid() });
const HouseholdParam = z.object({ id: z.string().uuid(), householdId: z.string().uuid() });
const errors = { ...errorResponses, 412: errorResponses[409] };
const items = <T extends z.ZodType>(s: T) => json(z.object({ items: z.array(s) }));
const r = createRouter();

r.openapi(
  createRoute({
    method: "post",
    path: "/households/import",
    tags,
    summary:
      "Import a unit's household register from a table; any bad row rejects the table with each row's errors",
    request: body(HouseholdImportInput),
    responses: { 200: json(HouseholdImportReport), ...errors },
  }),
  async (c) => c.json(await importHouseholds(ctxOf(c), c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/households/sheet",
    tags,
    summary:
      "Read the first sheet of a household register workbook (multipart field “file”, .xlsx) as a header and rows for /households/import; stores nothing",
    request: { query: z.object({ unitId: z.string().uuid() }) },
    responses: {
      200: json(z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) })),
      ...errors,
    },
  }),
  async (c) => {
    const form = await c.req.formData().catch(() => {
      throw invalid("file", "required");
    });
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      throw invalid("file", "required");
    }
    if (file.size > FILE_LIMITS.maxBytes) {
      throw invalid("file", "fileSize");
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    return c.json(await readHouseholdSheet(ctxOf(c), c.req.valid("query").unitId, bytes), 200);
  },
);

r.openapi(
  createRoute({
    method: "get",
    path: "/households",
    tags,
    summary: "The household register of a unit (phones masked)",
    request: { query: HouseholdListQuery },
    responses: { 200: items(HouseholdView), ...errors },
  }),
  async (c) => c.json(await listHouseholds(ctxOf(c), c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/households",
    tags,
    summary: "Households of every area the consultation concerns, by code or name (phones masked)",
    request: { params: IdParam, query: ConcernedHouseholdQuery },
    responses: { 200: items(ConcernedHousehold), ...errors },
  }),
  async (c) =>
    c.json(await listConcernedHouseholds(ctxOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/households/{householdId}/verify",
    tags,
    summary: "An officer verifies a household representative in person; the voter token is shown once",
    request: { params: HouseholdParam, ...body(OfficerVerifyInput) },
    responses: { 201: json(VoterToken), ...errors },
  }),
  async (c) => {
    const p = c.req.valid("param");
    return c.json(await officerVerify(ctxOf(c), p.id, p.householdId, c.req.valid("json")), 201);
  },
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/votes",
    tags,
    summary: "Record a household's vote (one per household; a later one replaces it until close)",
    request: { params: IdParam, ...body(OfficerVoteInput) },
    responses: { 200: json(VoteReceipt), ...errors },
  }),
  async (c) => c.json(await recordVote(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "put",
    path: "/consultations/{id}/tally",
    tags,
    summary: "Enter (or correct) a meeting's ballot count with the minutes",
    request: { params: IdParam, ...body(TallyInput) },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await recordTally(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/questions",
    tags,
    summary: "Questions and their official answers",
    request: { params: IdParam, query: z.object({ status: z.enum(["open", "answered"]).optional() }) },
    responses: { 200: items(QuestionView), ...errors },
  }),
  async (c) =>
    c.json(await listQuestions(ctxOf(c), c.req.valid("param").id, c.req.valid("query").status), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/questions",
    tags,
    summary: "Record a question raised by a resident; it becomes a task until answered",
    request: { params: IdParam, ...body(StaffQuestionInput) },
    responses: { 201: json(QuestionView), ...errors },
  }),
  async (c) => c.json(await askQuestion(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultation-questions/{id}/task",
    tags,
    summary: "Take up an online question: its answer becomes a task",
    request: { params: IdParam },
    responses: { 200: json(QuestionView), ...errors },
  }),
  async (c) => c.json(await routeQuestion(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultation-questions/{id}/answer",
    tags,
    summary: "Publish the official answer; the question's task follows",
    request: { params: IdParam, ...body(AnswerInput) },
    responses: { 200: json(QuestionView), ...errors },
  }),
  async (c) =>
    c.json(await answerQuestion(ctxOf(c), c.req.valid("param").id, c.req.valid("json").answer), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/comments",
    tags,
    summary: "Comments by moderation status (most reported first)",
    request: { params: IdParam, query: CommentListQuery },
    responses: { 200: items(CommentView), ...errors },
  }),
  async (c) =>
    c.json(await listComments(ctxOf(c), c.req.valid("param").id, c.req.valid("query").status), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultation-comments/{id}/moderate",
    tags,
    summary: "Approve a comment, or reject it with a reason",
    request: { params: IdParam, ...body(ModerateInput) },
    responses: { 200: json(CommentView), ...errors },
  }),
  async (c) => c.json(await moderateComment(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/meetings",
    tags,
    summary: "Dialogue meetings of the consultation",
    request: { params: IdParam },
    responses: { 200: items(MeetingView), ...errors },
  }),
  async (c) => c.json(await listMeetings(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/meetings",
    tags,
    summary: "Record a meeting: agenda, households present, minutes, concerns and answers",
    request: { params: IdParam, ...body(MeetingInput) },
    responses: { 201: json(MeetingView), ...errors },
  }),
  async (c) => c.json(await recordMeeting(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/affected",
    tags,
    summary: "Affected-household tracker with the consensus curve",
    request: { params: IdParam },
    responses: { 200: json(TrackerView), ...errors },
  }),
  async (c) => c.json(await trackerView(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/affected",
    tags,
    summary: "Put every household concerned on the tracker",
    request: { params: IdParam },
    responses: { 200: json(TrackerView), ...errors },
  }),
  async (c) => c.json(await enrolAffected(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "put",
    path: "/consultations/{id}/affected/{householdId}",
    tags,
    summary: "Update one household: informed, opinion, agreed, compensation, graves relocated, concern",
    request: { params: HouseholdParam, ...body(TrackerInput) },
    responses: { 200: json(TrackerView), ...errors },
  }),
  async (c) => {
    const p = c.req.valid("param");
    return c.json(await updateAffected(ctxOf(c), p.id, p.householdId, c.req.valid("json")), 200);
  },
);

export const participationRoutes = r;
