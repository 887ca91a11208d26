import { z } from "zod";
import { IsoDate } from "./dates";
import { LIMITS } from "./limits";

/** Luật THDCCS 2022: information ("dân biết") → discussion and decision ("dân bàn") → implementation → monitoring. */
export const ConsultationPhase = z.enum([
  "information",
  "discussion",
  "decision",
  "implementation",
  "monitoring",
]);
export type ConsultationPhase = z.infer<typeof ConsultationPhase>;

export const CONSULTATION_PHASE_LABELS: Record<ConsultationPhase, { vi: string; en: string }> = {
  information: { vi: "Dân biết (thông tin)", en: "Information" },
  discussion: { vi: "Dân bàn (thảo luận)", en: "Discussion" },
  decision: { vi: "Dân quyết định (biểu quyết)", en: "Decision" },
  implementation: { vi: "Dân làm (thực hiện)", en: "Implementation" },
  monitoring: { vi: "Dân kiểm tra, giám sát", en: "Monitoring" },
};

/**
 * The matter decides the approval threshold (Luật THDCCS 2022 Đ.21): money matters (Đ.15 items 1–2) need
 * ≥ 2/3 of all households; other matters (items 3–6) > 50% of all households; an opinion poll
 * (Đ.25, "dân tham gia ý kiến") binds no threshold.
 */
export const MatterType = z.enum(["money", "other", "opinion"]);
export type MatterType = z.infer<typeof MatterType>;

export const MATTER_TYPE_LABELS: Record<MatterType, { vi: string; en: string }> = {
  money: { vi: "Đóng góp, thu chi (≥ 2/3 tổng số hộ)", en: "Contributions and funds (≥ 2/3 of households)" },
  other: { vi: "Nội dung khác (> 50% tổng số hộ)", en: "Other matters (> 50% of households)" },
  opinion: { vi: "Lấy ý kiến (không biểu quyết)", en: "Opinion poll (no binding vote)" },
};

/** The rule codes in the rules engine (effective-dated, with the source and whether it was verified). */
export const MATTER_THRESHOLD_RULE: Record<MatterType, string | null> = {
  money: "grassroots.threshold.money",
  other: "grassroots.threshold.other",
  opinion: null,
};

export const VoteBasis = z.enum(["household", "person"]);
export type VoteBasis = z.infer<typeof VoteBasis>;

export const CONSULTATION_LIMITS = {
  areas: 50,
  options: 20,
  files: 20,
  importRows: 2000,
  members: 30,
  agenda: 30,
  concerns: 100,
  attendees: 5000,
  comment: 2000,
  question: 2000,
  answer: LIMITS.longText,
  codeMinutes: 10,
  codeAttempts: 5,
  /** Codes one household may request per hour: an SMS costs money and annoys the resident. */
  codesPerHour: 5,
} as const;

const FileId = z.string().regex(/^[0-9a-f]{64}$/, { message: "invalidFormat" });
const FileIds = z.array(FileId).max(CONSULTATION_LIMITS.files).default([]);

/** Plain text only: anything that looks like markup is refused, so nothing is ever rendered as HTML. */
export const PlainText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !/<\s*\/?\s*[a-z!?][^>]*>|&#?[a-z0-9]+;|javascript:/i.test(s), {
      message: "consultationMarkupNotAllowed",
    });

export const PhaseDates = z.object({
  phase: ConsultationPhase,
  startDate: IsoDate,
  endDate: IsoDate.nullable(),
});

export const ConsultationArea = z.object({
  unitId: z.string().uuid(),
  hamlet: z.string().trim().min(1).max(LIMITS.name).nullable().default(null),
});

export const CreateConsultationInput = z.object({
  unitId: z.string().uuid(),
  title: PlainText(LIMITS.shortText, 5),
  summary: PlainText(LIMITS.longText, 10),
  matterType: MatterType,
  voteBasis: VoteBasis.default("household"),
  phases: z.array(PhaseDates).min(1).max(5),
  areas: z.array(ConsultationArea).min(1).max(CONSULTATION_LIMITS.areas),
  fileIds: FileIds,
  ownerId: z.string().uuid(),
  directorId: z.string().uuid(),
});
export type CreateConsultationInput = z.infer<typeof CreateConsultationInput>;

export const UpdateConsultationInput = z.object({
  title: PlainText(LIMITS.shortText, 5).optional(),
  summary: PlainText(LIMITS.longText, 10).optional(),
  phases: z.array(PhaseDates).min(1).max(5).optional(),
  fileIds: z.array(FileId).max(CONSULTATION_LIMITS.files).optional(),
});
export const ChangePhaseInput = z.object({ phase: ConsultationPhase });
export const VotingInput = z.object({ open: z.boolean() });

export const ConsultationListQuery = z.object({
  unitId: z.string().uuid().optional(),
  phase: ConsultationPhase.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

export const OptionInput = z.object({
  label: PlainText(LIMITS.shortText, 2),
  description: PlainText(LIMITS.longText, 0).default(""),
  fileIds: FileIds,
});
export type OptionInput = z.infer<typeof OptionInput>;

/** Household table columns; a header cell may be the key or its Vietnamese heading. */
export const HOUSEHOLD_COLUMNS = {
  hamlet: ["hamlet", "khối", "thôn", "khối/thôn", "tổ dân phố"],
  code: ["code", "số hộ", "mã hộ"],
  headName: ["headname", "chủ hộ", "họ tên chủ hộ"],
  address: ["address", "địa chỉ"],
  phone: ["phone", "điện thoại", "số điện thoại"],
  members: ["members", "thành viên", "nhân khẩu"],
} as const;
export type HouseholdColumn = keyof typeof HOUSEHOLD_COLUMNS;

export const HouseholdImportInput = z.object({
  unitId: z.string().uuid(),
  header: z.array(z.string().trim().max(60)).min(4).max(12),
  rows: z
    .array(z.array(z.string().max(2000)).max(12))
    .min(1)
    .max(CONSULTATION_LIMITS.importRows),
});
export type HouseholdImportInput = z.infer<typeof HouseholdImportInput>;

export const HouseholdListQuery = z.object({
  unitId: z.string().uuid(),
  hamlet: z.string().trim().max(LIMITS.name).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const OfficerVoteInput = z.object({
  householdId: z.string().uuid(),
  memberId: z.string().uuid().optional(),
  optionId: z.string().uuid(),
});
export const PublicVoteInput = z.object({
  optionId: z.string().uuid(),
  memberId: z.string().uuid().optional(),
});

export const TallyInput = z.object({
  meetingId: z.string().uuid().optional(),
  ballotsCast: z.number().int().min(0).max(1_000_000),
  invalidBallots: z.number().int().min(0).max(1_000_000),
  counts: z
    .array(z.object({ optionId: z.string().uuid(), count: z.number().int().min(0).max(1_000_000) }))
    .min(1)
    .max(CONSULTATION_LIMITS.options),
  minutes: PlainText(LIMITS.longText, 10),
  fileIds: FileIds,
  /** A commune-wide count split by village (one count per village meeting); the totals are their sums. */
  villages: z
    .array(
      z.object({
        unitId: z.string().uuid(),
        hamlet: z.string().trim().min(1).max(LIMITS.name),
        ballotsCast: z.number().int().min(0).max(1_000_000),
        invalidBallots: z.number().int().min(0).max(1_000_000),
        counts: z
          .array(z.object({ optionId: z.string().uuid(), count: z.number().int().min(0).max(1_000_000) }))
          .max(CONSULTATION_LIMITS.options),
      }),
    )
    .max(200)
    .optional(),
});
export type TallyInput = z.infer<typeof TallyInput>;

export const VerificationRequestInput = z.object({
  householdCode: z.string().trim().min(1).max(LIMITS.code),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/, { message: "invalidFormat" }),
});
export const VerificationConfirmInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: "invalidFormat" }),
});
/** In-person check at a meeting: which identity document the officer saw (kind and last digits, not a copy). */
export const OfficerVerifyInput = z.object({
  memberId: z.string().uuid().optional(),
  documentNote: PlainText(200, 3),
});

/** The households concerned by one consultation, across all its areas, searchable by code or name. */
export const ConcernedHouseholdQuery = z.object({
  q: z.string().trim().max(100).optional(),
  unitId: z.string().uuid().optional(),
  hamlet: z.string().trim().max(LIMITS.name).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ConcernedHouseholdQuery = z.infer<typeof ConcernedHouseholdQuery>;

export const StaffQuestionInput = z.object({
  body: PlainText(CONSULTATION_LIMITS.question, 5),
  askerLabel: PlainText(LIMITS.name, 2),
  householdId: z.string().uuid().optional(),
});
export const PublicQuestionInput = z.object({ body: PlainText(CONSULTATION_LIMITS.question, 5) });
export const AnswerInput = z.object({ answer: PlainText(CONSULTATION_LIMITS.answer, 5) });

export const CommentInput = z.object({
  authorName: PlainText(LIMITS.name, 2),
  body: PlainText(CONSULTATION_LIMITS.comment, 5),
});
export const ModerateInput = z
  .object({ decision: z.enum(["approve", "reject"]), reason: PlainText(1000, 0).optional() })
  .refine((v) => v.decision === "approve" || (v.reason?.length ?? 0) >= 3, {
    path: ["reason"],
    message: "required",
  });
export const ReportInput = z.object({ reason: PlainText(500, 3) });
export const CommentListQuery = z.object({
  status: z.enum(["pending", "approved", "rejected"]).default("pending"),
});

export const MeetingInput = z.object({
  heldOn: IsoDate,
  place: PlainText(LIMITS.shortText, 2),
  chairName: PlainText(LIMITS.name, 2),
  agenda: z
    .array(PlainText(LIMITS.shortText * 2, 2))
    .min(1)
    .max(CONSULTATION_LIMITS.agenda),
  attendeeHouseholdIds: z.array(z.string().uuid()).max(CONSULTATION_LIMITS.attendees).default([]),
  minutes: PlainText(LIMITS.longText, 10),
  concerns: z
    .array(z.object({ concern: PlainText(2000, 3), answer: PlainText(4000, 3) }))
    .max(CONSULTATION_LIMITS.concerns)
    .default([]),
  fileIds: FileIds,
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export const TRACKER_STEPS = [
  "informed",
  "opinionGiven",
  "agreed",
  "compensationSubmitted",
  "compensationReceived",
  "gravesRelocated",
] as const;
export type TrackerStep = (typeof TRACKER_STEPS)[number];

export const TrackerInput = z.object({
  informed: z.boolean().optional(),
  opinionGiven: z.boolean().optional(),
  agreed: z.boolean().optional(),
  compensationSubmitted: z.boolean().optional(),
  compensationReceived: z.boolean().optional(),
  gravesRelocated: z.boolean().optional(),
  concern: PlainText(2000, 0).nullable().optional(),
});
export type TrackerInput = z.infer<typeof TrackerInput>;

export const CommitmentInput = z.object({
  title: PlainText(LIMITS.shortText, 5),
  summary: PlainText(2000, 0).default(""),
  assigneeId: z.string().uuid(),
  directorId: z.string().uuid().optional(),
  dueDate: IsoDate,
  deliverable: PlainText(LIMITS.shortText * 5, 3),
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;
