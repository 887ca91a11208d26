import { z } from "zod";

type Label = { vi: string; en: string };

export const VisitorPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });

/** Reception reuses the petitions permissions: the same officers receive citizens and register petitions. */
export const RECEPTION_PERMISSIONS = {
  read: "petitions.read",
  manage: "petitions.manage",
  monitor: "petitions.monitor",
} as const;

export const ReceptionScheduleKind = z.enum(["leader", "committee"]);
export type ReceptionScheduleKind = z.infer<typeof ReceptionScheduleKind>;
/** The office whose statutory minimum applies (rule `reception.frequency.<role>`). */
export const HostRole = z.enum(["province_chair", "district_chair", "commune_chair", "agency_head"]);
export type HostRole = z.infer<typeof HostRole>;
export const HolidayShift = z.enum(["next_working_day", "previous_working_day", "skip"]);
export type HolidayShift = z.infer<typeof HolidayShift>;
export const ReceptionSessionType = z.enum(["periodic", "regular", "ad_hoc", "online"]);
export type ReceptionSessionType = z.infer<typeof ReceptionSessionType>;
export const ReceptionSessionStatus = z.enum(["planned", "held", "cancelled"]);
export type ReceptionSessionStatus = z.infer<typeof ReceptionSessionStatus>;
/** What the officer did with the matter (Luật TCD 2013 Đ.28): take it on, guide, transfer, answer, refuse. */
export const ReceptionOutcome = z.enum(["accepted", "guided", "transferred", "answered", "refused"]);
export type ReceptionOutcome = z.infer<typeof ReceptionOutcome>;
export const ReceptionRecordKind = z.enum(["tripartite", "working"]);
export type ReceptionRecordKind = z.infer<typeof ReceptionRecordKind>;

/**
 * Grounds to refuse reception: Luật TCD 2013 Đ.9 k.1–4; the rest were added by NĐ 154/2026 Đ.4
 * (transcription, unverified) and apply to refusals from 01/07/2026.
 */
export const RefusalGround = z.enum([
  "incapacitated",
  "disorderly",
  "resolved_case",
  "other_law",
  "weapons",
  "security_check",
  "recording",
  "inciting",
  "no_representative",
  "invalid_representative",
  "out_of_scope_content",
  "already_answered",
  "court_judgment",
  "handled_elsewhere",
]);
export type RefusalGround = z.infer<typeof RefusalGround>;

export const REFUSAL_GROUNDS: Record<RefusalGround, Label & { source: string; effectiveFrom: string }> = {
  incapacitated: {
    vi: "Say rượu, mất năng lực hoặc không làm chủ được hành vi",
    en: "Intoxicated or unable to control own behaviour",
    source: "Luật TCD 2013 Đ.9 k.1",
    effectiveFrom: "2014-07-01",
  },
  disorderly: {
    vi: "Đe dọa, xúc phạm, vi phạm nội quy nơi tiếp công dân",
    en: "Threatening, insulting or breaking the reception rules",
    source: "Luật TCD 2013 Đ.9 k.2",
    effectiveFrom: "2014-07-01",
  },
  resolved_case: {
    vi: "Vụ việc đã giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát, thông báo bằng văn bản",
    en: "Case already resolved lawfully, reviewed and answered in writing",
    source: "Luật TCD 2013 Đ.9 k.3",
    effectiveFrom: "2014-07-01",
  },
  other_law: {
    vi: "Trường hợp khác theo quy định của pháp luật",
    en: "Other cases provided by law",
    source: "Luật TCD 2013 Đ.9 k.4",
    effectiveFrom: "2014-07-01",
  },
  weapons: {
    vi: "Mang vũ khí, vật nguy hiểm",
    en: "Carrying weapons or dangerous items",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  security_check: {
    vi: "Không chấp hành kiểm tra an ninh",
    en: "Refusing the security check",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  recording: {
    vi: "Ghi âm, ghi hình, phát trực tiếp khi đã được yêu cầu không thực hiện",
    en: "Recording or livestreaming when asked not to",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  inciting: {
    vi: "Kích động gây rối trật tự",
    en: "Inciting disorder",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  no_representative: {
    vi: "Không có năng lực hành vi dân sự mà không có người đại diện",
    en: "Lacking legal capacity without a representative",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  invalid_representative: {
    vi: "Người đại diện không hợp pháp",
    en: "Invalid representative",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  out_of_scope_content: {
    vi: "Nội dung không phải khiếu nại, tố cáo, kiến nghị, phản ánh",
    en: "Content outside complaint, denunciation, recommendation or feedback",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  already_answered: {
    vi: "Kiến nghị, phản ánh đã được trả lời, không có tình tiết mới",
    en: "Recommendation or feedback already answered, no new facts",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  court_judgment: {
    vi: "Vụ việc đã có bản án, quyết định có hiệu lực của Tòa án",
    en: "A final court judgment exists",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
  handled_elsewhere: {
    vi: "Vụ việc đang được cơ quan có thẩm quyền khác giải quyết",
    en: "Already being handled by another competent body",
    source: "NĐ 154/2026 Đ.4",
    effectiveFrom: "2026-07-01",
  },
};

/** Grounds that require a written notice to the citizen (TT 06/2014 Đ.4, Mẫu 01-TCD). */
export const NOTICE_GROUNDS: readonly RefusalGround[] = ["resolved_case"];

export const RECEPTION_LIMITS = {
  summary: 2000,
  peopleMax: 10_000,
  representativesMax: 5,
  agencies: 20,
  attachments: 20,
  attendees: 60,
  conclusions: 20,
  petitionsPerRecord: 20,
  occurrenceDaysMax: 400,
  statsDaysMax: 6 * 366,
  entriesPerSession: 500,
} as const;

export const SCHEDULE_KIND_LABELS: Record<ReceptionScheduleKind, Label> = {
  leader: { vi: "Lịch tiếp định kỳ của lãnh đạo", en: "Leader's periodic reception" },
  committee: { vi: "Tiếp thường xuyên của Ban Tiếp công dân", en: "Reception committee's regular hours" },
};
export const HOST_ROLE_LABELS: Record<HostRole, Label> = {
  province_chair: { vi: "Chủ tịch UBND tỉnh", en: "Provincial chairman" },
  district_chair: { vi: "Chủ tịch UBND huyện", en: "District chairman" },
  commune_chair: { vi: "Chủ tịch UBND xã", en: "Commune chairman" },
  agency_head: { vi: "Thủ trưởng cơ quan", en: "Agency head" },
};
export const SESSION_TYPE_LABELS: Record<ReceptionSessionType, Label> = {
  periodic: { vi: "Định kỳ", en: "Periodic" },
  regular: { vi: "Thường xuyên", en: "Regular" },
  ad_hoc: { vi: "Đột xuất", en: "Ad hoc" },
  online: { vi: "Trực tuyến", en: "Online" },
};
export const SESSION_STATUS_LABELS: Record<ReceptionSessionStatus, Label> = {
  planned: { vi: "Đã lên lịch", en: "Planned" },
  held: { vi: "Đã tiếp", en: "Held" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};
export const OUTCOME_LABELS: Record<ReceptionOutcome, Label> = {
  accepted: { vi: "Thuộc thẩm quyền, tiếp nhận", en: "Within competence, taken on" },
  guided: { vi: "Hướng dẫn", en: "Guided" },
  transferred: { vi: "Chuyển đơn", en: "Transferred" },
  answered: { vi: "Giải thích, trả lời trực tiếp", en: "Answered on the spot" },
  refused: { vi: "Từ chối tiếp", en: "Refused" },
};
export const RECORD_KIND_LABELS: Record<ReceptionRecordKind, Label> = {
  tripartite: { vi: "Biên bản “ba mặt một lời”", en: "Tripartite record" },
  working: { vi: "Buổi làm việc vụ việc phức tạp, kéo dài", en: "Working session on a long-standing case" },
};
