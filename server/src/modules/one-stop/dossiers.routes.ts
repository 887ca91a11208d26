import {
  ApproveDossierInput,
  AssignStepInput,
  CompleteStepInput,
  ConductComplaintInput,
  CounterDossierInput,
  CounterDossierResult,
  Dossier,
  DossierDetail,
  DossierListQuery,
  ReappointDossierInput,
  ReceiveDossierInput,
  RefuseDossierInput,
  RequestSupplementInput,
  ReturnForSupplementInput,
  ReturnResultInput,
  StartProcessingInput,
  SupplementDossierInput,
  WithdrawDossierInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import type { Ctx } from "../../platform/context";
import { downloadHeaders } from "../../platform/files";
import { idempotencyKey, idempotencyKeyParameter } from "../../platform/header-params";
import { body, type createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { approveDossier } from "./approve-dossier";
import { assignStep } from "./assign-step";
import { completeStep } from "./complete-step";
import { readDossierFile } from "./dossier-file";
import { dossierHandlers } from "./dossier-handlers";
import { fileAtCounter } from "./file-at-counter";
import { getDossier } from "./get-dossier";
import { listDossiers } from "./list-dossiers";
import { reappointDossier } from "./reappoint-dossier";
import { receiveDossier } from "./receive-dossier";
import { recordConductComplaint } from "./record-complaint";
import { refuseDossier } from "./refuse-dossier";
import { requestSupplement } from "./request-supplement";
import { returnForSupplement } from "./return-for-supplement";
import { returnResult } from "./return-result";
import { startCheck } from "./start-check";
import { startProcessing } from "./start-processing";
import { supplementDossier } from "./supplement-dossier";
import { withdrawDossier } from "./withdraw-dossier";

const tags = ["one-stop"];
const IdParam = z.object({ id: z.string().uuid() });
type Router = ReturnType<typeof createRouter>;

/** One POST route per step of the dossier's life, each with its own input and verb. */
function step<S extends z.ZodType>(
  r: Router,
  path: string,
  summary: string,
  input: S,
  verb: (ctx: Ctx, id: string, input: z.infer<S>) => Promise<DossierDetail>,
) {
  r.openapi(
    createRoute({
      method: "post",
      path: `/onestop/dossiers/{id}/${path}`,
      tags,
      summary,
      request: { params: IdParam, ...body(input) },
      responses: { 200: json(DossierDetail), ...errorResponses, 412: errorResponses[409] },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: the zod-openapi handler type cannot follow the generic S
    async (c: any) => c.json(await verb(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}

export function dossierRoutes(r: Router) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/dossiers",
      tags,
      summary:
        "Dossier register in scope: status, procedure, channel, overdue, code or applicant name; keyset pages",
      request: { query: DossierListQuery },
      responses: {
        200: json(z.object({ items: z.array(Dossier), nextCursor: z.string().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listDossiers(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({
      method: "post",
      path: "/onestop/dossiers",
      tags,
      summary: "File a dossier at the counter (starts in checking); honours Idempotency-Key",
      request: body(CounterDossierInput),
      parameters: [idempotencyKeyParameter],
      responses: { 201: json(CounterDossierResult), ...errorResponses },
    }),
    async (c) => c.json(await fileAtCounter(ctxOf(c), c.req.valid("json"), idempotencyKey(c)), 201),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/dossiers/{id}",
      tags,
      summary: "A dossier with its steps, timeline and what the caller may do",
      request: { params: IdParam },
      responses: { 200: json(DossierDetail), ...errorResponses },
    }),
    async (c) => c.json(await getDossier(ctxOf(c), c.req.valid("param").id), 200),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/dossiers/{id}/files/{fileId}",
      tags,
      summary: "Download a document or timeline file of a dossier you can see",
      request: { params: IdParam.extend({ fileId: z.string().regex(/^[0-9a-f]{64}$/) }) },
      responses: { 200: { description: "The bytes" }, ...errorResponses },
    }),
    async (c) => {
      const { id, fileId } = c.req.valid("param");
      const { row, bytes } = await readDossierFile(ctxOf(c), id, fileId);
      return c.body(new Uint8Array(bytes), 200, downloadHeaders(row));
    },
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/dossiers/{id}/handlers",
      tags,
      summary: "Staff who may take a step of this dossier (for the hand-on and assignment pickers)",
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({
            items: z.array(z.object({ id: z.string(), name: z.string(), agencyName: z.string().nullable() })),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await dossierHandlers(ctxOf(c), c.req.valid("param").id), 200),
  );
  const empty = z.object({});
  step(r, "start-check", "Take an online dossier up for checking", empty, (ctx, id) => startCheck(ctx, id));
  step(
    r,
    "request-supplement",
    "Request a supplement (once, complete list)",
    RequestSupplementInput,
    requestSupplement,
  );
  step(
    r,
    "supplement",
    "Record the applicant's supplement (restarts the clock after a return)",
    SupplementDossierInput,
    supplementDossier,
  );
  step(r, "refuse", "Refuse to receive, with the reason", RefuseDossierInput, refuseDossier);
  step(
    r,
    "receive",
    "Receive: appointment date from the working calendar",
    ReceiveDossierInput,
    receiveDossier,
  );
  step(
    r,
    "start-processing",
    "Hand the dossier to the first processing step",
    StartProcessingInput,
    startProcessing,
  );
  step(r, "complete-step", "Complete the step in progress and hand on", CompleteStepInput, completeStep);
  step(
    r,
    "return-for-supplement",
    "Return for supplement (≤ 3 working days after receipt, once)",
    ReturnForSupplementInput,
    returnForSupplement,
  );
  step(
    r,
    "reappoint",
    "Apologise and set a new appointment (once, ≥ 1 day before the due date)",
    ReappointDossierInput,
    reappointDossier,
  );
  step(
    r,
    "approve",
    "Approve the result (or refuse to grant it, with the reason)",
    ApproveDossierInput,
    approveDossier,
  );
  step(r, "return-result", "Hand the result to the applicant", ReturnResultInput, returnResult);
  step(r, "withdraw", "The applicant withdraws the dossier", WithdrawDossierInput, withdrawDossier);
  step(r, "assign-step", "Hand the step in progress to a handler", AssignStepInput, assignStep);
  step(
    r,
    "record-complaint",
    "Record a verified complaint about staff conduct (indicator 7)",
    ConductComplaintInput,
    recordConductComplaint,
  );
}
