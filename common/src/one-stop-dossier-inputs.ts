import { z } from "zod";
import { LIMITS } from "./limits";
import { DocKey, FileId, IsoDate, Note, Reason, Text, Uuid } from "./one-stop-fields";
import {
  DocumentForm,
  DossierChannel,
  DossierDecision,
  DossierStatus,
  ONESTOP_LIMITS,
} from "./one-stop-states";

export const SubmittedDocumentInput = z.object({
  key: DocKey,
  form: DocumentForm,
  count: z.number().int().min(1).max(20).default(1),
  fileIds: z.array(FileId).max(ONESTOP_LIMITS.filesPerDocument).default([]),
});
export type SubmittedDocumentInput = z.infer<typeof SubmittedDocumentInput>;
const Documents = z.array(SubmittedDocumentInput).max(ONESTOP_LIMITS.documents);

/** Filing at the counter for an applicant of the register (a person or a business). */
export const CounterDossierInput = z.object({
  procedureId: Uuid,
  applicantId: Uuid,
  summary: Text(ONESTOP_LIMITS.summary).nullable().optional(),
  documents: Documents.default([]),
});
export type CounterDossierInput = z.infer<typeof CounterDossierInput>;

export const MissingItemInput = z.object({
  key: DocKey.nullable().optional(),
  description: Text(LIMITS.shortText * 2),
});
const MissingItems = z.array(MissingItemInput).min(1).max(ONESTOP_LIMITS.missingItems);

/** Everything missing, listed once (NĐ 61/2018 Đ.15 k.3). */
export const RequestSupplementInput = z.object({ items: MissingItems, note: Note });
export type RequestSupplementInput = z.infer<typeof RequestSupplementInput>;

/** A missing item by its place in the list the clerk wrote, free-text items included. */
export const MissingItemPlace = z
  .number()
  .int()
  .min(0)
  .max(ONESTOP_LIMITS.missingItems - 1);

/** A supplemented document names either a catalogue document (`key`) or a missing item (`item`). */
export const keyOrItem = (v: { key?: string; item?: number }, ctx: z.RefinementCtx) => {
  if ((v.key === undefined) === (v.item === undefined)) {
    ctx.addIssue({ code: "custom", path: ["key"], message: "required" });
  }
};

/** A document the applicant brings to the counter to supplement, with the clerk's scans (if any). */
export const SupplementDocumentInput = SubmittedDocumentInput.omit({ key: true })
  .extend({ key: DocKey.optional(), item: MissingItemPlace.optional() })
  .superRefine(keyOrItem);
export type SupplementDocumentInput = z.infer<typeof SupplementDocumentInput>;
export const SupplementDossierInput = z.object({
  documents: z.array(SupplementDocumentInput).min(1).max(ONESTOP_LIMITS.documents),
  note: Note,
});
export type SupplementDossierInput = z.infer<typeof SupplementDossierInput>;
export const RefuseDossierInput = z.object({ reason: Reason });
export type RefuseDossierInput = z.infer<typeof RefuseDossierInput>;
export const ReceiveDossierInput = z.object({ documents: Documents.optional(), note: Note });
export type ReceiveDossierInput = z.infer<typeof ReceiveDossierInput>;
export const StartProcessingInput = z.object({ handlerId: Uuid.nullable().optional(), note: Note });
export type StartProcessingInput = z.infer<typeof StartProcessingInput>;
/** `stepNo` names the step being completed, so a stale screen cannot complete the next one. */
export const CompleteStepInput = z.object({
  stepNo: z.number().int().min(1).max(ONESTOP_LIMITS.steps),
  note: Note,
  nextHandlerId: Uuid.nullable().optional(),
});
export type CompleteStepInput = z.infer<typeof CompleteStepInput>;
export const AssignStepInput = z.object({
  stepNo: z.number().int().min(1).max(ONESTOP_LIMITS.steps),
  handlerId: Uuid,
  note: Note,
});
export type AssignStepInput = z.infer<typeof AssignStepInput>;
/** A complaint about staff conduct on this dossier, verified (TT 01/2018 Đ.13 indicator 7). */
export const ConductComplaintInput = z.object({ reason: Reason });
export type ConductComplaintInput = z.infer<typeof ConductComplaintInput>;
export const DossierListQuery = z.object({
  unitId: Uuid.optional(),
  status: DossierStatus.optional(),
  procedureId: Uuid.optional(),
  channel: DossierChannel.optional(),
  /** Code or applicant name, diacritics ignored. */
  q: z.string().trim().max(LIMITS.search).optional(),
  overdue: z.enum(["true", "false"]).optional(),
  /** Running dossiers whose appointment falls within this many days from today. */
  dueWithinDays: z.coerce.number().int().min(0).max(30).optional(),
  /** Dossiers whose result was handed back on or after / on or before this day (YYYY-MM-DD). */
  returnedFrom: IsoDate.optional(),
  returnedTo: IsoDate.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;
export const ReturnForSupplementInput = z.object({ items: MissingItems, reason: Reason });
export type ReturnForSupplementInput = z.infer<typeof ReturnForSupplementInput>;
export const ApproveDossierInput = z
  .object({
    decision: DossierDecision,
    resultNo: Text(LIMITS.code).nullable().optional(),
    reason: Reason.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "denied" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
    }
  });
export type ApproveDossierInput = z.infer<typeof ApproveDossierInput>;
export const ReturnResultInput = z.object({ note: Note });
export type ReturnResultInput = z.infer<typeof ReturnResultInput>;
export const WithdrawDossierInput = z.object({ reason: Reason });
export type WithdrawDossierInput = z.infer<typeof WithdrawDossierInput>;
/** Phiếu xin lỗi và hẹn lại ngày trả kết quả (NĐ 61/2018 Đ.19 k.9). */
export const ReappointDossierInput = z.object({ reason: Reason, newAppointmentDate: IsoDate });
export type ReappointDossierInput = z.infer<typeof ReappointDossierInput>;

export const DossierQueueQuery = z.object({
  unitId: Uuid.optional(),
  status: DossierStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type DossierQueueQuery = z.infer<typeof DossierQueueQuery>;
