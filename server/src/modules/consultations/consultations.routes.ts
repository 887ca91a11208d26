import {
  ChangePhaseInput,
  CommitmentInput,
  ConsultationDetail,
  ConsultationListQuery,
  ConsultationSummary,
  CreateConsultationInput,
  OptionInput,
  UpdateConsultationInput,
  VotingInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { downloadHeaders } from "../../platform/files";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { addCommitment } from "./add-commitment";
import { addOption } from "./add-option";
import { createConsultation } from "./create-consultation";
import { getConsultation } from "./get-consultation";
import { listConsultations } from "./list-consultations";
import { staffFile } from "./public-file";
import { changePhase, publishConsultation, updateConsultation } from "./update-consultation";
import { markRecordSent, setVoting } from "./voting";

const tags = ["consultations"];
const IdParam = z.object({ id: z.string().uuid() });
const errors = { ...errorResponses, 412: errorResponses[409] };
const r = createRouter();

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations",
    tags,
    summary: "Consultations of the units the caller follows",
    request: { query: ConsultationListQuery },
    responses: { 200: json(z.object({ items: z.array(ConsultationSummary) })), ...errors },
  }),
  async (c) => c.json(await listConsultations(ctxOf(c), c.req.valid("query")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations",
    tags,
    summary: "Open a consultation (draft): summary, documents, concerned areas, phases, matter type",
    request: body(CreateConsultationInput),
    responses: { 201: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await createConsultation(ctxOf(c), c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}",
    tags,
    summary:
      "A consultation with options, live or frozen results, counters, consensus, commitments, abilities",
    request: { params: IdParam },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await getConsultation(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "patch",
    path: "/consultations/{id}",
    tags,
    summary: "Edit the title, the plain-language summary, the phase dates or the documents",
    request: { params: IdParam, ...body(UpdateConsultationInput) },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await updateConsultation(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/publish",
    tags,
    summary: "Publish (“dân biết”): the consultation appears on the public pages",
    request: { params: IdParam },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await publishConsultation(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/phase",
    tags,
    summary: "Move forward to a later phase",
    request: { params: IdParam, ...body(ChangePhaseInput) },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await changePhase(ctxOf(c), c.req.valid("param").id, c.req.valid("json").phase), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/options",
    tags,
    summary: "Add an option put to the people (before voting opens)",
    request: { params: IdParam, ...body(OptionInput) },
    responses: { 201: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await addOption(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/voting",
    tags,
    summary: "Open voting (decision phase) or close it, freezing the record with totals, present and absent",
    request: { params: IdParam, ...body(VotingInput) },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await setVoting(ctxOf(c), c.req.valid("param").id, c.req.valid("json").open), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/record-sent",
    tags,
    summary: "The vote record was sent to the commune (Luật THDCCS 2022 Đ.20)",
    request: { params: IdParam },
    responses: { 200: json(ConsultationDetail), ...errors },
  }),
  async (c) => c.json(await markRecordSent(ctxOf(c), c.req.valid("param").id), 200),
);

r.openapi(
  createRoute({
    method: "post",
    path: "/consultations/{id}/commitments",
    tags,
    summary: "A promise to the people, carried out as a public “5 rõ” task",
    request: { params: IdParam, ...body(CommitmentInput) },
    responses: {
      201: json(z.object({ taskId: z.string(), code: z.string(), dueDate: z.string() })),
      ...errors,
    },
  }),
  async (c) => c.json(await addCommitment(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

r.openapi(
  createRoute({
    method: "get",
    path: "/consultations/{id}/files/{fileId}",
    tags,
    summary: "Download a document or map attached to the consultation or one of its options",
    request: { params: z.object({ id: z.string().uuid(), fileId: z.string().regex(/^[0-9a-f]{64}$/) }) },
    responses: { 200: { description: "The bytes" }, ...errors },
  }),
  async (c) => {
    const p = c.req.valid("param");
    const f = await staffFile(ctxOf(c), p.id, p.fileId);
    return c.body(new Uint8Array(f.bytes), 200, downloadHeaders(f));
  },
);

export const consultationCoreRoutes = r;
