import { z } from "zod";
import { PersonalId, TaxCode } from "./applicants";
import { LIMITS } from "./limits";

export * from "./one-stop-import";
export * from "./one-stop-outputs";

/** Sizes shared by the catalogue forms, the counter forms and the server. */
export const ONESTOP_LIMITS = {
  procedureName: 500,
  field: 200,
  documents: 50,
  steps: 20,
  fees: 20,
  maxDays: 365,
  summary: 2000,
  reason: 2000,
  missingItems: 50,
  filesPerDocument: 10,
  pinLength: 8,
  /** Wrong PINs per dossier code and client before lookups wait (public status page). */
  pinAttempts: 10,
  /** Portal uploads per client address in 10 minutes (filing and supplementing online). */
  publicUploads: 30,
  /** Hours a portal upload may wait to be filed with a dossier; after that it can no longer be used. */
  uploadHours: 24,
} as const;

export const DossierStatus = z.enum([
  "new",
  "checking",
  "supplement_requested",
  "refused",
  "received",
  "processing",
  "returned_for_supplement",
  "awaiting_approval",
  "result_ready",
  "returned",
  "withdrawn",
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** NĐ 61/2018 Đ.15–20 state names, as on the national portal. */
export const DOSSIER_STATUS_LABELS: Record<DossierStatus, { vi: string; en: string }> = {
  new: { vi: "Mới nộp", en: "Newly filed" },
  checking: { vi: "Đang kiểm tra", en: "Being checked" },
  supplement_requested: { vi: "Yêu cầu bổ sung", en: "Supplement requested" },
  refused: { vi: "Từ chối tiếp nhận", en: "Refused" },
  received: { vi: "Đã tiếp nhận", en: "Received" },
  processing: { vi: "Đang xử lý", en: "Processing" },
  returned_for_supplement: { vi: "Trả lại để bổ sung", en: "Returned for supplement" },
  awaiting_approval: { vi: "Chờ phê duyệt", en: "Awaiting approval" },
  result_ready: { vi: "Có kết quả", en: "Result ready" },
  returned: { vi: "Đã trả kết quả", en: "Result returned" },
  withdrawn: { vi: "Đã rút hồ sơ", en: "Withdrawn" },
};

export const OnlineLevel = z.enum(["full", "partial", "none"]);
export type OnlineLevel = z.infer<typeof OnlineLevel>;
export const ProcedureLevel = z.enum(["province", "commune"]);
export type ProcedureLevel = z.infer<typeof ProcedureLevel>;
export const DossierChannel = z.enum(["counter", "online"]);
export type DossierChannel = z.infer<typeof DossierChannel>;
export const Timeliness = z.enum(["early", "on_time", "late"]);
export type Timeliness = z.infer<typeof Timeliness>;
export const DocumentForm = z.enum(["original", "copy", "certified_copy", "electronic"]);
export type DocumentForm = z.infer<typeof DocumentForm>;
export const ProcedureStatus = z.enum(["upcoming", "in_force", "expired"]);
export type ProcedureStatus = z.infer<typeof ProcedureStatus>;
export const DossierDecision = z.enum(["granted", "denied"]);
export type DossierDecision = z.infer<typeof DossierDecision>;

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { message: "date.invalid" },
  );
const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const Uuid = z.string().uuid();
const FileId = z.string().regex(/^[0-9a-f]{64}$/);
const Days = z.number().int().min(0).max(ONESTOP_LIMITS.maxDays);
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });

/** National procedure codes look like 1.001193 or 2.000488.000.00.00.H40; keys are short slugs. */
export const ProcedureCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.]{1,40}$/, { message: "code.format" });
const DocKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "code.format" });

/** Dossier codes: receiving body code, yymmdd of filing, sequence of the day (NĐ 61/2018 Đ.26). */
export const DOSSIER_CODE_PATTERN = /^[A-Za-z0-9._]{1,40}-\d{6}-\d{4,6}$/;
export const DossierCode = z.string().max(60).regex(DOSSIER_CODE_PATTERN, { message: "invalidFormat" });

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

export const OnlineApplicantInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("person"),
    name: Text(LIMITS.name),
    personalId: PersonalId,
    phone: Phone,
    email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
    address: Text(LIMITS.address),
  }),
  z.object({
    kind: z.literal("organisation"),
    name: Text(LIMITS.name),
    taxCode: TaxCode,
    phone: Phone,
    email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
    address: Text(LIMITS.address),
  }),
]);
export type OnlineApplicantInput = z.infer<typeof OnlineApplicantInput>;

/** A file uploaded through the portal (`POST /dossiers/files`); the token proves it and expires. */
export const PublicDossierFile = z.object({ id: FileId, token: z.string().min(1).max(200) });
export type PublicDossierFile = z.infer<typeof PublicDossierFile>;
/** A document declared online, with the scans uploaded for it. */
export const PublicSubmittedDocument = SubmittedDocumentInput.omit({ fileIds: true }).extend({
  files: z.array(PublicDossierFile).max(ONESTOP_LIMITS.filesPerDocument).default([]),
});
export type PublicSubmittedDocument = z.infer<typeof PublicSubmittedDocument>;
const PublicDocuments = z.array(PublicSubmittedDocument).max(ONESTOP_LIMITS.documents);

/** Online filing from the portal: no account; the documents are declared, with their scans. */
export const PublicDossierInput = z.object({
  procedureId: Uuid,
  applicant: OnlineApplicantInput,
  summary: Text(ONESTOP_LIMITS.summary).nullable().optional(),
  documents: PublicDocuments.default([]),
});
export type PublicDossierInput = z.infer<typeof PublicDossierInput>;

export const MissingItemInput = z.object({
  key: DocKey.nullable().optional(),
  description: Text(LIMITS.shortText * 2),
});
const MissingItems = z.array(MissingItemInput).min(1).max(ONESTOP_LIMITS.missingItems);
const Reason = Text(ONESTOP_LIMITS.reason, 5);
const Note = Text(ONESTOP_LIMITS.reason).nullable().optional();

/** Everything missing, listed once (NĐ 61/2018 Đ.15 k.3). */
export const RequestSupplementInput = z.object({ items: MissingItems, note: Note });
export type RequestSupplementInput = z.infer<typeof RequestSupplementInput>;
export const SupplementDossierInput = z.object({ documents: Documents.min(1), note: Note });
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
/** The applicant brings what the clerk asked for, online with the tracking PIN. */
export const PublicSupplementInput = z.object({ documents: PublicDocuments.min(1), note: Note });
export type PublicSupplementInput = z.infer<typeof PublicSupplementInput>;
/** The applicant withdraws online with the tracking PIN. */
export const PublicWithdrawInput = z.object({ reason: Reason });
export type PublicWithdrawInput = z.infer<typeof PublicWithdrawInput>;
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

/** The public status page of a dossier (the QR on the slips points here). */
export const dossierTrackingPath = (code: string) => `/public/ho-so/${encodeURIComponent(code)}`;

export * from "./one-stop-indicators";
