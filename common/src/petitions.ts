import { z } from "zod";
import { PersonalId } from "./applicants";
import { LIMITS } from "./limits";
import {
  ArchiveGround,
  CompetentBody,
  PETITION_LIMITS,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
} from "./petition-kinds";

export * from "./petition-kinds";
export * from "./petition-outputs";

const realDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" })
  .refine(realDate, { message: "date.invalid" });
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });
const FileId = z.string().regex(/^[0-9a-f]{64}$/);
const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const Summary = Text(PETITION_LIMITS.summary, 5);
const Content = Text(PETITION_LIMITS.content, 10);
const Uuid = z.string().uuid();
/** Petition codes: receiving unit code, yymmdd of receipt, daily sequence (e.g. 17329-261128-0001). */
export const PETITION_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}-\d{6}-\d{4,6}$/;
export const PetitionCode = z.string().max(60).regex(PETITION_CODE_PATTERN, { message: "invalidFormat" });

export const PetitionerInput = z.object({
  fullName: Text(LIMITS.name),
  personalId: PersonalId.nullable().optional(),
  address: Text(LIMITS.address),
  phone: Phone.nullable().optional(),
  email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
});
export type PetitionerInput = z.infer<typeof PetitionerInput>;

export const PetitionIntakeInput = z
  .object({
    unitId: Uuid,
    channel: PetitionChannel,
    receivedDate: IsoDate,
    kind: PetitionKind,
    summary: Summary,
    content: Content,
    /** null: the sender gave no identity (anonymous). */
    petitioner: PetitionerInput.nullable(),
    signerCount: z.number().int().min(1).max(PETITION_LIMITS.signersMax).default(1),
    hasOriginalDocuments: z.boolean().default(false),
    attachments: z.array(FileId).max(PETITION_LIMITS.attachments).default([]),
    /** The body that transferred the petition (channel "transfer"); it may be outside the catalogue. */
    source: z.object({ bodyName: Text(LIMITS.name), documentNo: Text(LIMITS.code).optional() }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.channel === "transfer" && !v.source) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "required" });
    }
  });
export type PetitionIntakeInput = z.infer<typeof PetitionIntakeInput>;

/** A file a citizen uploaded before filing; the token proves the upload came through the portal. */
export const PublicAttachment = z.object({ id: FileId, token: z.string().min(1).max(128) });
export type PublicAttachment = z.infer<typeof PublicAttachment>;
export const PublicUploadReceipt = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  token: z.string(),
  /** After this the token no longer files the upload: upload again. */
  expiresAt: z.string(),
});
export type PublicUploadReceipt = z.infer<typeof PublicUploadReceipt>;

/** Online filing by a citizen; only a denunciation may come without identity (then it is information). */
export const PublicPetitionInput = z
  .object({
    unitId: Uuid,
    kind: PetitionKind,
    summary: Summary,
    content: Content,
    petitioner: PetitionerInput.nullable(),
    signerCount: z.number().int().min(1).max(PETITION_LIMITS.signersMax).default(1),
    attachments: z.array(PublicAttachment).max(PETITION_LIMITS.attachments).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.petitioner && v.kind !== "denunciation") {
      ctx.addIssue({ code: "custom", path: ["petitioner"], message: "required" });
    }
  });
export type PublicPetitionInput = z.infer<typeof PublicPetitionInput>;

export const SecondComplaintInput = z.object({
  unitId: Uuid,
  channel: PetitionChannel.exclude(["transfer"]),
  receivedDate: IsoDate,
  summary: Summary,
  content: Content,
  attachments: z.array(FileId).max(PETITION_LIMITS.attachments).default([]),
});
export type SecondComplaintInput = z.infer<typeof SecondComplaintInput>;

export const ClassifyPetitionInput = z
  .object({
    kind: PetitionKind,
    eligible: z.boolean(),
    ineligibleReason: Text(2000).optional(),
    withinCompetence: z.boolean(),
    competentBody: CompetentBody.optional(),
    signerCount: z.number().int().min(1).max(PETITION_LIMITS.signersMax).optional(),
    hasOriginalDocuments: z.boolean().optional(),
    isMultiContent: z.boolean().default(false),
    /** Feedback or a recommendation about an administrative procedure (TT 01/2018 indicator 8). */
    concernsProcedure: z.boolean().optional(),
    /** The one-stop dossier it concerns, by its code; implies concernsProcedure. */
    dossierCode: z.string().trim().min(1).max(LIMITS.code).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.eligible && !v.ineligibleReason) {
      ctx.addIssue({ code: "custom", path: ["ineligibleReason"], message: "required" });
    }
  });
export type ClassifyPetitionInput = z.infer<typeof ClassifyPetitionInput>;

export const SplitPetitionInput = z.object({
  parts: z
    .array(z.object({ kind: PetitionKind, summary: Summary, content: Content }))
    .min(2)
    .max(PETITION_LIMITS.splitPartsMax),
  note: Text(2000).optional(),
});
export type SplitPetitionInput = z.infer<typeof SplitPetitionInput>;

const DecisionBase = {
  /** Date of the decision document; defaults to today. Deadlines are taken from the rules in force on it. */
  decisionDate: IsoDate.optional(),
  decisionNo: Text(LIMITS.code).optional(),
  note: Text(2000).optional(),
  /** Required when the decision comes after the processing deadline. */
  lateReason: Text(2000).optional(),
};
export const DecidePetitionInput = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("accept"),
    ...DecisionBase,
    complex: z.boolean().default(false),
    complexJustification: Text(2000).optional(),
  }),
  z.object({
    action: z.literal("guide"),
    ...DecisionBase,
    guidance: Text(2000, 5),
    targetUnitId: Uuid.optional(),
    targetAgencyId: Uuid.optional(),
    targetBodyName: Text(LIMITS.name).optional(),
  }),
  z.object({
    action: z.literal("transfer"),
    ...DecisionBase,
    targetUnitId: Uuid,
    targetAgencyId: Uuid.optional(),
  }),
  z.object({ action: z.literal("archive"), ...DecisionBase, ground: ArchiveGround, note: Text(2000, 3) }),
]);
export type DecidePetitionInput = z.infer<typeof DecidePetitionInput>;

export const AssignPetitionInput = z.object({ agencyId: Uuid, handlerId: Uuid, note: Text(2000).optional() });
export const PetitionNoteInput = z.object({
  note: Text(PETITION_LIMITS.content),
  attachments: z.array(FileId).max(PETITION_LIMITS.attachments).default([]),
});
export const ResolvePetitionInput = z.object({
  decisionNo: Text(LIMITS.code),
  decisionDate: IsoDate.optional(),
  answer: Text(PETITION_LIMITS.content, 5),
  publish: z.boolean().default(true),
  lateReason: Text(2000).optional(),
  attachments: z.array(FileId).max(PETITION_LIMITS.attachments).default([]),
});
export type ResolvePetitionInput = z.infer<typeof ResolvePetitionInput>;
/**
 * Extending the resolution time of a complex denunciation, decided in writing (Luật Tố cáo 2018 Đ.30 k.1).
 * `days` defaults to the rule's extension length and may not exceed it.
 */
export const ExtendPetitionInput = z.object({
  reason: Text(2000, 5),
  decisionNo: Text(LIMITS.code),
  decisionDate: IsoDate.optional(),
  days: z.number().int().min(1).max(365).optional(),
});
export type ExtendPetitionInput = z.infer<typeof ExtendPetitionInput>;
/** Withdrawal in writing (Luật KN Đ.10; Luật TC Đ.33: a denunciation may still be resolved). */
export const WithdrawPetitionInput = z.object({
  reason: Text(2000, 3),
  continueResolution: z.boolean().default(false),
});
export const UrgePetitionInput = z.object({
  note: Text(2000).optional(),
  directorId: Uuid.optional(),
  dueDate: IsoDate.optional(),
});
export const ReportToHeadInput = z.object({ headId: Uuid, note: Text(2000, 3), dueDate: IsoDate.optional() });

const Flag = z.enum(["true", "false"]).transform((v) => v === "true");
export const PetitionListQuery = z.object({
  status: z.union([PetitionStatus, z.enum(["open", "closed", "any"])]).default("open"),
  kind: PetitionKind.optional(),
  channel: PetitionChannel.optional(),
  unitId: Uuid.optional(),
  agencyId: Uuid.optional(),
  mine: Flag.optional(),
  overdue: Flag.optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(365).optional(),
  receivedFrom: IsoDate.optional(),
  receivedTo: IsoDate.optional(),
  q: z.string().max(LIMITS.search).optional(),
  sort: z.enum(["received", "due"]).default("received"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type PetitionListQuery = z.infer<typeof PetitionListQuery>;
export const PetitionBoardQuery = z.object({
  unitId: Uuid.optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(60).default(3),
});
export const PetitionFiguresQuery = z
  .object({ from: IsoDate, to: IsoDate, unitId: Uuid.optional() })
  .refine((v) => v.from <= v.to, { path: ["to"], message: "validToBeforeFrom" });
export type PetitionFiguresQuery = z.infer<typeof PetitionFiguresQuery>;
/** The officer's draft, compared with earlier petitions before it is saved. */
export const SimilarCheckInput = z.object({
  unitId: Uuid,
  content: Content,
  petitioner: PetitionerInput.pick({ fullName: true, address: true, personalId: true })
    .nullable()
    .default(null),
});
export type SimilarCheckInput = z.infer<typeof SimilarCheckInput>;
export const SimilarQuery = z.object({
  threshold: z.coerce.number().min(0.2).max(0.95).default(PETITION_LIMITS.similarThreshold),
});
