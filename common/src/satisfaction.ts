import { z } from "zod";
import { IsoDate } from "./dates";
import { LIMITS } from "./limits";

/** What a citizen can rate: a returned dossier, a reception visit, an answered petition, a promise done. */
export const InteractionKind = z.enum(["dossier", "reception", "petition", "task"]);
export type InteractionKind = z.infer<typeof InteractionKind>;

export const INTERACTION_KIND_LABELS: Record<InteractionKind, { vi: string; en: string }> = {
  dossier: { vi: "Hồ sơ một cửa", en: "One-stop dossier" },
  reception: { vi: "Tiếp công dân", en: "Citizen reception" },
  petition: { vi: "Đơn kiến nghị, phản ánh", en: "Petition" },
  task: { vi: "Việc cam kết với Nhân dân", en: "Public promise" },
};

/** The three official levels of the national portal (domain-rules §6.3). */
export const SatisfactionLevel = z.enum(["very_satisfied", "satisfied", "dissatisfied"]);
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

export const SATISFACTION_LEVEL_LABELS: Record<SatisfactionLevel, { vi: string; en: string }> = {
  very_satisfied: { vi: "Rất hài lòng", en: "Very satisfied" },
  satisfied: { vi: "Hài lòng", en: "Satisfied" },
  dissatisfied: { vi: "Không hài lòng", en: "Dissatisfied" },
};

/** NĐ 61/2018 Đ.31: the nine aspects a citizen may evaluate. */
export const SatisfactionAspect = z.enum([
  "time",
  "agencies_contacted",
  "contacts",
  "published_info",
  "staff_attitude",
  "result_lawful_cost",
  "feedback_replies",
  "online_service",
  "other",
]);
export type SatisfactionAspect = z.infer<typeof SatisfactionAspect>;

export const SATISFACTION_ASPECT_LABELS: Record<SatisfactionAspect, { vi: string; en: string }> = {
  time: { vi: "Thời gian giải quyết", en: "Processing time" },
  agencies_contacted: { vi: "Số cơ quan phải liên hệ", en: "Number of agencies contacted" },
  contacts: { vi: "Số lần phải liên hệ", en: "Number of contacts" },
  published_info: { vi: "Thông tin công khai chính xác", en: "Accuracy of published information" },
  staff_attitude: { vi: "Thái độ của cán bộ, công chức", en: "Staff attitude" },
  result_lawful_cost: { vi: "Kết quả đúng quy định, chi phí", en: "Lawful result and its cost" },
  feedback_replies: { vi: "Trả lời phản ánh, kiến nghị", en: "Replies to feedback and petitions" },
  online_service: { vi: "Chất lượng dịch vụ công trực tuyến", en: "Online service quality" },
  other: { vi: "Nội dung khác", en: "Other" },
};

/** SIPAS's five factors (domain-rules §8), each answered on a 1–5 scale. */
export const SipasFactor = z.enum(["access", "procedures", "civil_servants", "results", "feedback"]);
export type SipasFactor = z.infer<typeof SipasFactor>;

export const SIPAS_FACTOR_LABELS: Record<SipasFactor, { vi: string; en: string }> = {
  access: { vi: "Tiếp cận dịch vụ", en: "Access to the service" },
  procedures: { vi: "Thủ tục hành chính", en: "Administrative procedures" },
  civil_servants: { vi: "Công chức phục vụ", en: "Civil servants" },
  results: { vi: "Kết quả giải quyết", en: "Results" },
  feedback: { vi: "Tiếp nhận, xử lý góp ý, phản ánh", en: "Handling of feedback" },
};

export const RatingChannel = z.enum(["kiosk", "online", "paper"]);
export type RatingChannel = z.infer<typeof RatingChannel>;

export const FollowUpStatus = z.enum(["none", "open", "answered"]);
export type FollowUpStatus = z.infer<typeof FollowUpStatus>;

export const SATISFACTION_LIMITS = { comment: 2000, questions: 20, kioskLabel: 100, answer: 4000 } as const;

const Score = z.number().int().min(1).max(5);

/** A rating, first or edited within the window; aspects are optional, each with one of the three levels. */
export const RateInput = z.object({
  level: SatisfactionLevel,
  aspects: z.partialRecord(SatisfactionAspect, SatisfactionLevel).default({}),
  answers: z.record(z.string().max(40), Score).default({}),
  comment: z.string().trim().max(SATISFACTION_LIMITS.comment).optional(),
});
export type RateInput = z.infer<typeof RateInput>;

export const Token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: "invalidFormat" });

export const QuestionnaireQuestion = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/),
  factor: SipasFactor,
  textVi: z.string().trim().min(3).max(LIMITS.shortText),
  textEn: z.string().trim().min(3).max(LIMITS.shortText),
});
export type QuestionnaireQuestion = z.infer<typeof QuestionnaireQuestion>;

export const QuestionnaireInput = z.object({
  unitId: z.string().uuid(),
  questions: z.array(QuestionnaireQuestion).min(1).max(SATISFACTION_LIMITS.questions),
});
export type QuestionnaireInput = z.infer<typeof QuestionnaireInput>;

export const Questionnaire = z.object({
  id: z.string(),
  unitId: z.string(),
  version: z.number(),
  questions: z.array(QuestionnaireQuestion),
  createdAt: z.string(),
});
export type Questionnaire = z.infer<typeof Questionnaire>;

/** The SIPAS-style questions a unit uses until it sets its own version. */
export const DEFAULT_QUESTIONS: QuestionnaireQuestion[] = [
  {
    key: "access",
    factor: "access",
    textVi: "Việc tiếp cận dịch vụ (nơi tiếp nhận, hướng dẫn) thuận tiện",
    textEn: "Reaching the service (counter, guidance) was easy",
  },
  {
    key: "procedures",
    factor: "procedures",
    textVi: "Thủ tục được công khai đầy đủ, đúng quy định",
    textEn: "The procedure was published fully and followed the rules",
  },
  {
    key: "civil_servants",
    factor: "civil_servants",
    textVi: "Công chức lịch sự, hướng dẫn tận tình, dễ hiểu",
    textEn: "The civil servant was polite and explained clearly",
  },
  {
    key: "results",
    factor: "results",
    textVi: "Kết quả đúng hẹn, đúng quy định",
    textEn: "The result came on time and was lawful",
  },
  {
    key: "feedback",
    factor: "feedback",
    textVi: "Góp ý, phản ánh được tiếp nhận và trả lời",
    textEn: "Feedback was received and answered",
  },
];

/** The rating form a token opens, also what the kiosk shows. */
export const RatingForm = z.object({
  kind: InteractionKind,
  label: z.string(),
  unitName: z.string(),
  officerName: z.string().nullable(),
  procedureName: z.string().nullable(),
  finishedAt: z.string(),
  expiresAt: z.string(),
  questionnaire: z.object({
    id: z.string().nullable(),
    version: z.number(),
    questions: z.array(QuestionnaireQuestion),
  }),
  rating: z
    .object({
      level: SatisfactionLevel,
      aspects: z.record(z.string(), SatisfactionLevel),
      answers: z.record(z.string(), z.number()),
      comment: z.string().nullable(),
      version: z.number(),
      editableUntil: z.string(),
    })
    .nullable(),
});
export type RatingForm = z.infer<typeof RatingForm>;

export const RateResult = z.object({ version: z.number(), editableUntil: z.string(), followUp: z.boolean() });
export type RateResult = z.infer<typeof RateResult>;

export const RatingItem = z.object({
  id: z.string(),
  kind: InteractionKind,
  refId: z.string(),
  label: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  officerName: z.string().nullable(),
  procedureName: z.string().nullable(),
  channel: RatingChannel,
  level: SatisfactionLevel,
  aspects: z.record(z.string(), SatisfactionLevel),
  answers: z.record(z.string(), z.number()),
  comment: z.string().nullable(),
  version: z.number(),
  ratedAt: z.string(),
  followUpStatus: FollowUpStatus,
  followUpTaskId: z.string().nullable(),
  followUpTaskCode: z.string().nullable(),
  followUpAnswer: z.string().nullable(),
  followUpAnsweredAt: z.string().nullable(),
  canAnswer: z.boolean(),
});
export type RatingItem = z.infer<typeof RatingItem>;

export const RatingListQuery = z.object({
  unitId: z.string().uuid().optional(),
  officerId: z.string().uuid().optional(),
  agencyId: z.string().uuid().optional(),
  level: SatisfactionLevel.optional(),
  followUp: FollowUpStatus.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type RatingListQuery = z.infer<typeof RatingListQuery>;

export const AnswerFollowUpInput = z.object({
  answer: z.string().trim().min(5).max(SATISFACTION_LIMITS.answer),
});

export const Kiosk = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  label: z.string(),
  current: z.object({ kind: InteractionKind, label: z.string(), sentAt: z.string() }).nullable(),
  lastSeenAt: z.string().nullable(),
});
export type Kiosk = z.infer<typeof Kiosk>;

export const CreateKioskInput = z.object({
  unitId: z.string().uuid(),
  label: z.string().trim().min(2).max(SATISFACTION_LIMITS.kioskLabel),
});

export const KioskKeyResult = z.object({ id: z.string(), key: z.string(), path: z.string() });

export const SendToKioskInput = z.object({ kind: InteractionKind, refId: z.string().uuid() });

export const KioskCurrent = z.object({
  counter: z.string(),
  label: z.string(),
  unitName: z.string(),
  current: z.object({ token: z.string(), sentAt: z.string(), form: RatingForm }).nullable(),
});
export type KioskCurrent = z.infer<typeof KioskCurrent>;

export const RatingLink = z.object({ token: z.string(), path: z.string(), expiresAt: z.string() });

export const SATISFACTION_MESSAGES = {
  ratingTokenInvalid: {
    vi: "Mã đánh giá không đúng hoặc đã hết hạn",
    en: "The rating code is wrong or has expired",
  },
  ratingClosed: {
    vi: "Đánh giá này đã được ghi nhận và hết thời gian sửa",
    en: "This rating was recorded and can no longer be changed",
  },
  ratingNotFinished: {
    vi: "Việc này chưa kết thúc nên chưa thể đánh giá",
    en: "This service has not finished yet, so it cannot be rated",
  },
  kioskKeyInvalid: {
    vi: "Thiết bị đánh giá chưa được gắn với quầy hoặc khóa không đúng",
    en: "This rating device is not bound to the counter or its key is wrong",
  },
  kioskOtherInteraction: {
    vi: "Thiết bị tại quầy này chỉ đánh giá việc vừa được quầy gửi sang",
    en: "This counter's device may rate only the service its counter sent",
  },
  followUpAnswered: { vi: "Phản hồi này đã được trả lời", en: "This follow-up was already answered" },
  followUpNone: { vi: "Đánh giá này không cần xử lý tiếp", en: "This rating needs no follow-up" },
} as const;

/** A finished interaction waiting for its rating, as the clerk's "send to kiosk" list shows it. */
export const PendingInteraction = z.object({
  kind: InteractionKind,
  refId: z.string(),
  label: z.string(),
  unitName: z.string(),
  officerName: z.string().nullable(),
  procedureName: z.string().nullable(),
  finishedAt: z.string(),
  isMine: z.boolean(),
});
export type PendingInteraction = z.infer<typeof PendingInteraction>;
