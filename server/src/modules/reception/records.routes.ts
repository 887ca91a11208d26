import {
  AddConclusionInput,
  CreateRecordInput,
  ReceptionRecord,
  ReceptionStats,
  ReceptionStatsQuery,
  RecordListQuery,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { addConclusion } from "./add-conclusion";
import { createRecord } from "./create-record";
import { getRecord, listRecords } from "./list-records";
import { receptionStats } from "./stats";

const tags = ["reception"];
const IdParam = z.object({ id: z.string().uuid() });

export const recordRoutes = createRouter();

recordRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/records",
    tags,
    summary: "Tripartite records and working sessions, with their conclusions' tasks",
    request: { query: RecordListQuery },
    responses: { 200: json(z.object({ items: z.array(ReceptionRecord) })), ...errorResponses },
  }),
  async (c) => c.json(await listRecords(ctxOf(c), c.req.valid("query")), 200),
);

recordRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/records",
    tags,
    summary: "Record a “ba mặt một lời” meeting or a working session; conclusions become tasks",
    request: body(CreateRecordInput),
    responses: { 201: json(ReceptionRecord), ...errorResponses, 412: errorResponses[409] },
  }),
  async (c) => c.json(await createRecord(ctxOf(c), c.req.valid("json")), 201),
);

recordRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/records/{id}",
    tags,
    summary: "A record with each conclusion's task and its state",
    request: { params: IdParam },
    responses: { 200: json(ReceptionRecord), ...errorResponses },
  }),
  async (c) => c.json(await getRecord(ctxOf(c), c.req.valid("param").id), 200),
);

recordRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/records/{id}/conclusions",
    tags,
    summary: "Add a conclusion to a record, carried out as a task",
    request: { params: IdParam, ...body(AddConclusionInput) },
    responses: { 201: json(ReceptionRecord), ...errorResponses },
  }),
  async (c) => c.json(await addConclusion(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
);

recordRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/stats",
    tags,
    summary:
      "Sessions held, citizens received (group sizes counted), matters, outcomes, by leader, unit, type",
    request: { query: ReceptionStatsQuery },
    responses: { 200: json(ReceptionStats), ...errorResponses },
  }),
  async (c) => c.json(await receptionStats(ctxOf(c), c.req.valid("query")), 200),
);
