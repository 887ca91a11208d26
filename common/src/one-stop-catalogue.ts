import { z } from "zod";
import { LIMITS } from "./limits";
import { Days, DocKey, IsoDate, Text, Uuid } from "./one-stop-fields";
import {
  ONESTOP_LIMITS,
  OnlineLevel,
  ProcedureCode,
  ProcedureLevel,
  ProcedureStatus,
} from "./one-stop-states";

export const ProcedureDocumentInput = z.object({
  key: DocKey,
  name: Text(LIMITS.shortText * 2),
  originals: z.number().int().min(0).max(10),
  copies: z.number().int().min(0).max(10),
  required: z.boolean().default(true),
});

export const ProcedureStepInput = z.object({
  name: Text(LIMITS.shortText),
  agencyId: Uuid.nullable(),
  days: Days,
});

const ProcedureFields = z.object({
  name: Text(ONESTOP_LIMITS.procedureName),
  field: Text(ONESTOP_LIMITS.field),
  level: ProcedureLevel,
  processingDays: Days,
  fees: z
    .array(z.object({ label: Text(LIMITS.shortText), amount: z.number().int().min(0).max(1_000_000_000) }))
    .max(ONESTOP_LIMITS.fees)
    .default([]),
  documents: z.array(ProcedureDocumentInput).min(1).max(ONESTOP_LIMITS.documents),
  onlineLevel: OnlineLevel,
  steps: z.array(ProcedureStepInput).min(1).max(ONESTOP_LIMITS.steps),
  resultDocument: Text(LIMITS.shortText * 2),
  legalBasis: Text(LIMITS.longText).nullable().optional(),
  isPublished: z.boolean().default(true),
  isPostedAtCounter: z.boolean().default(true),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable().optional(),
});

type ProcedureShape = z.infer<typeof ProcedureFields>;

/** The budgets of the steps must fit in the processing time; document keys are unique. */
function checkProcedure(v: Partial<ProcedureShape>, ctx: z.RefinementCtx) {
  if (v.steps && v.processingDays !== undefined) {
    const total = v.steps.reduce((s, x) => s + x.days, 0);
    if (total > v.processingDays) {
      ctx.addIssue({ code: "custom", path: ["steps"], message: "onestopStepBudget" });
    }
  }
  const keys = new Set<string>();
  for (const [i, d] of (v.documents ?? []).entries()) {
    if (keys.has(d.key)) {
      ctx.addIssue({ code: "custom", path: ["documents", i, "key"], message: "duplicateCode" });
    }
    keys.add(d.key);
  }
  if (v.effectiveTo && v.effectiveFrom && v.effectiveTo < v.effectiveFrom) {
    ctx.addIssue({ code: "custom", path: ["effectiveTo"], message: "validToBeforeFrom" });
  }
}

export const CreateProcedureInput = ProcedureFields.extend({ unitId: Uuid, code: ProcedureCode }).superRefine(
  checkProcedure,
);
export type CreateProcedureInput = z.infer<typeof CreateProcedureInput>;

/** Replaces a procedure's content; its unit and code stay. */
export const UpdateProcedureInput = ProcedureFields.superRefine(checkProcedure);
export type UpdateProcedureInput = z.infer<typeof UpdateProcedureInput>;

export const ProcedureListQuery = z.object({
  unitId: Uuid.optional(),
  q: z.string().max(LIMITS.search).optional(),
  status: ProcedureStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const PublicProcedureQuery = z.object({
  unitId: Uuid.optional(),
  q: z.string().max(LIMITS.search).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type PublicProcedureQuery = z.infer<typeof PublicProcedureQuery>;
