import { z } from "zod";
import { LIMITS } from "./limits";

type Label = { vi: string; en: string };

export const PetitionKind = z.enum(["complaint", "denunciation", "recommendation", "feedback"]);
export type PetitionKind = z.infer<typeof PetitionKind>;
export const PetitionChannel = z.enum(["reception", "mail", "online", "hotline", "transfer"]);
export type PetitionChannel = z.infer<typeof PetitionChannel>;
/** "information": an anonymous denunciation, used as a source of information only (Luật Tố cáo Đ.25). */
export const PetitionStatus = z.enum([
  "received",
  "information",
  "accepted",
  "guided",
  "transferred",
  "archived",
  "resolved",
  "withdrawn",
  "split",
]);
export type PetitionStatus = z.infer<typeof PetitionStatus>;
export const OPEN_PETITION_STATUSES: readonly PetitionStatus[] = ["received", "information", "accepted"];
export const PetitionDecision = z.enum(["accept", "guide", "transfer", "archive"]);
export type PetitionDecision = z.infer<typeof PetitionDecision>;
/** Grounds to archive (xếp lưu), TT 07/2014 Đ.28 and TT 05/2021. */
export const ArchiveGround = z.enum([
  "time_limit_expired",
  "already_decided",
  "unreadable",
  "anonymous_information",
  "sent_to_many_bodies",
  "already_guided",
  "other",
]);
export type ArchiveGround = z.infer<typeof ArchiveGround>;
/** Type of the competent body for a petition outside competence (TT 05/2021). */
export const CompetentBody = z.enum([
  "administrative",
  "elected",
  "judicial",
  "party",
  "socio_political",
  "religious",
  "public_service",
  "state_enterprise",
]);
export const SimilarReason = z.enum([
  "same_applicant",
  "similar_content",
  "already_decided",
  "over_level",
  "guided_before",
]);
export type SimilarReason = z.infer<typeof SimilarReason>;

export const PETITION_LIMITS = {
  summary: 500,
  content: LIMITS.longText,
  attachments: 20,
  splitPartsMax: 10,
  signersMax: 100_000,
  pinLength: 8,
  /** Trigram similarity of diacritic-folded content from which two petitions count as the same content. */
  similarThreshold: 0.45,
  similarMax: 20,
  boardItems: 50,
  exportRows: 5000,
  figuresDaysMax: 3 * 366,
} as const;

export const PETITION_KIND_LABELS: Record<PetitionKind, Label> = {
  complaint: { vi: "Khiếu nại", en: "Complaint" },
  denunciation: { vi: "Tố cáo", en: "Denunciation" },
  recommendation: { vi: "Kiến nghị", en: "Recommendation" },
  feedback: { vi: "Phản ánh", en: "Feedback" },
};
export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, Label> = {
  reception: { vi: "Tiếp công dân", en: "Citizen reception" },
  mail: { vi: "Qua bưu chính", en: "Mail" },
  online: { vi: "Trực tuyến", en: "Online" },
  hotline: { vi: "Đường dây nóng", en: "Hotline" },
  transfer: { vi: "Cơ quan khác chuyển đến", en: "Transferred by another body" },
};
export const PETITION_STATUS_LABELS: Record<PetitionStatus, Label> = {
  received: { vi: "Đã tiếp nhận, đang xử lý đơn", en: "Received, being processed" },
  information: { vi: "Thông tin (tố cáo nặc danh)", en: "Information (anonymous denunciation)" },
  accepted: { vi: "Đã thụ lý, đang giải quyết", en: "Accepted, being resolved" },
  guided: { vi: "Đã hướng dẫn", en: "Guided to the competent body" },
  transferred: { vi: "Đã chuyển đơn", en: "Transferred" },
  archived: { vi: "Đã lưu đơn", en: "Archived" },
  resolved: { vi: "Đã giải quyết", en: "Resolved" },
  withdrawn: { vi: "Đã rút đơn", en: "Withdrawn" },
  split: { vi: "Đã tách đơn", en: "Split into separate petitions" },
};
export const ARCHIVE_GROUND_LABELS: Record<ArchiveGround, Label> = {
  time_limit_expired: { vi: "Hết thời hiệu khiếu nại", en: "Time limit to complain expired" },
  already_decided: { vi: "Đã được giải quyết, không có tình tiết mới", en: "Already decided, no new facts" },
  unreadable: { vi: "Đơn không đọc được", en: "Unreadable petition" },
  anonymous_information: { vi: "Tố cáo nặc danh (Luật TC Đ.25)", en: "Anonymous denunciation" },
  sent_to_many_bodies: { vi: "Gửi nhiều nơi, đã gửi cơ quan có thẩm quyền", en: "Sent to many bodies" },
  already_guided: { vi: "Đã hướng dẫn một lần cùng nội dung", en: "Already guided once on this content" },
  other: { vi: "Căn cứ khác", en: "Other ground" },
};
/** Shown instead of a denouncer's identity wherever the viewer may not see it (Luật Tố cáo Đ.9 k.1b). */
export const CONFIDENTIAL_PETITIONER: Label = {
  vi: "Người tố cáo được giữ bí mật",
  en: "The denouncer's identity is kept confidential",
};
export const ANONYMOUS_PETITIONER: Label = { vi: "Không rõ danh tính", en: "Anonymous" };
