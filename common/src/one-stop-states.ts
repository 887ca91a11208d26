import { z } from "zod";

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

/** National procedure codes look like 1.001193 or 2.000488.000.00.00.H40; keys are short slugs. */
export const ProcedureCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9.]{1,40}$/, { message: "code.format" });

/** Dossier codes: receiving body code, yymmdd of filing, sequence of the day (NĐ 61/2018 Đ.26). */
export const DOSSIER_CODE_PATTERN = /^[A-Za-z0-9._]{1,40}-\d{6}-\d{4,6}$/;
export const DossierCode = z.string().max(60).regex(DOSSIER_CODE_PATTERN, { message: "invalidFormat" });

/** The public status page of a dossier (the QR on the slips points here). */
export const dossierTrackingPath = (code: string) => `/public/ho-so/${encodeURIComponent(code)}`;
