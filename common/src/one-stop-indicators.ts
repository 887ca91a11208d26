import { z } from "zod";

/**
 * TT 01/2018/TT-VPCP Đ.13–15: nine indicators scored 0, 1 or 2. Indicators 1, 2, 3, 4, 6 and 7 are
 * scored per dossier when its result is returned; 5, 8 and 9 per unit. Thresholds below are the
 * circular's; a later circular replaces this file's numbers, not its callers.
 */
export const DOSSIER_INDICATORS = [1, 2, 3, 4, 6, 7] as const;
export type DossierIndicator = (typeof DOSSIER_INDICATORS)[number];
export type DossierPoints = Record<`${DossierIndicator}`, number | null>;

export const INDICATOR_LABELS: Record<number, { vi: string; en: string }> = {
  1: { vi: "Tổng thời gian giải quyết so với quy định", en: "Total time against the legal limit" },
  2: { vi: "Thời gian thực hiện của từng bước so với quy định", en: "Each step's time against its budget" },
  3: { vi: "Số lần liên hệ để hoàn thiện hồ sơ", en: "Contacts needed to complete the dossier" },
  4: { vi: "Số cơ quan phải liên hệ", en: "Bodies the applicant had to contact" },
  5: { vi: "Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa", en: "Handled at the one-stop shop" },
  6: { vi: "Công khai thủ tục hành chính", en: "Publicity of the procedure" },
  7: { vi: "Thái độ của cán bộ", en: "Staff conduct" },
  8: { vi: "Tiếp nhận, xử lý phản ánh, kiến nghị", en: "Handling of feedback and recommendations" },
  9: { vi: "Cung cấp dịch vụ công trực tuyến", en: "Online public services" },
};

export type DossierScoreFacts = {
  /** Result against the appointment the law gave (the re-appointment does not count). */
  timeliness: "early" | "on_time" | "late" | null;
  /** Timeliness of each step of the round that produced the result. */
  steps: ("early" | "on_time" | "late" | null)[];
  /** Supplement requests at intake plus returns for supplement after receipt. */
  contacts: number;
  channel: "counter" | "online";
  onlineLevel: "full" | "partial" | "none";
  isPublished: boolean;
  isPostedAtCounter: boolean;
  conductComplaint: boolean;
};

const byTime = (t: DossierScoreFacts["timeliness"]) =>
  t === "early" ? 2 : t === "on_time" ? 1 : t === "late" ? 0 : null;

/** Points of one dossier; null where the data does not allow a score (Đ.15: that indicator is left out). */
export function dossierPoints(f: DossierScoreFacts): DossierPoints {
  const steps = f.steps.filter((s): s is "early" | "on_time" | "late" => s !== null);
  const i2 =
    steps.length === 0 ? null : steps.includes("late") ? 0 : steps.every((s) => s === "early") ? 2 : 1;
  const i3 = f.contacts === 0 ? 2 : f.contacts === 1 ? 1 : 0;
  // Filed fully online: the applicant contacted no body; otherwise only the one-stop shop.
  const i4 = f.channel === "online" && f.onlineLevel === "full" ? 2 : 1;
  const i6 = (f.isPublished ? 1 : 0) + (f.isPostedAtCounter ? 1 : 0);
  // A late result without a complaint is not named by the circular; it scores as "on time" here and
  // the lateness counts in indicator 1.
  const i7 = f.conductComplaint ? 0 : f.timeliness === "early" ? 2 : f.timeliness === null ? null : 1;
  return { "1": byTime(f.timeliness), "2": i2, "3": i3, "4": i4, "6": i6, "7": i7 };
}

/** Indicator 5: share of the unit's procedures handled entirely by the one-stop shop, by level. */
export function indicator5(level: "province" | "commune", fullyAtCounter: number, procedures: number) {
  if (procedures === 0) {
    return null;
  }
  const share = fullyAtCounter / procedures;
  const needed = level === "commune" ? 1 : 0.2;
  // Every dossier is received and returned through the counter in Danvan, so the floor is 1 point.
  return share >= needed ? 2 : 1;
}

/** Indicator 9: online procedures, online dossiers and no late online dossier (Đ.13 k.9). */
export function indicator9(f: {
  onlineProcedures: number;
  procedures: number;
  onlineDossiers: number;
  dossiers: number;
  lateOnline: number;
}) {
  if (f.procedures === 0 || f.onlineProcedures === 0 || f.dossiers === 0) {
    return f.procedures === 0 ? null : 0;
  }
  const procShare = f.onlineProcedures / f.procedures;
  const dossierShare = f.onlineDossiers / f.dossiers;
  if (f.lateOnline > 0 || dossierShare < 0.15) {
    return 0;
  }
  return procShare >= 0.2 && dossierShare >= 0.3 ? 2 : 1;
}

/**
 * Indicator 8: feedback and recommendations about procedures (Đ.13 k.8). 2 points with none, or all
 * handled on time and none prolonged; 1 from 90 % on time with none prolonged; else 0. "Prolonged"
 * (kéo dài) is read here as still unresolved past its deadline at the end of the quarter.
 */
export function indicator8(f: { resolved: number; onTime: number; prolonged: number }) {
  if (f.prolonged > 0) {
    return 0;
  }
  if (f.resolved === 0 || f.onTime === f.resolved) {
    return 2;
  }
  return f.onTime / f.resolved >= 0.9 ? 1 : 0;
}

/** Score_i = Σ points ÷ dossiers, rounded to one decimal (Đ.15). */
export const averagePoints = (sum: number, count: number) =>
  count === 0 ? null : Math.round((sum / count) * 10) / 10;

export type OfficialBand = "full" | "partial" | "low";
/** Indicators 1, 2, 3, 4, 7 summed (max 10): ≥ 5 full duties, 3.5–< 5 at 70–< 100 %, < 3.5 below 70 %. */
export function officialBand(score: number): OfficialBand {
  return score >= 5 ? "full" : score >= 3.5 ? "partial" : "low";
}

export type UnitBand = "excellent" | "good" | "fair" | "average" | "weak";
/** The unit adds 5, 6, 8, 9 (max 18): ≥ 15 Xuất sắc, 12 Tốt, 9 Khá, 6 Trung bình, else Yếu. */
export function unitBand(score: number): UnitBand {
  return score >= 15
    ? "excellent"
    : score >= 12
      ? "good"
      : score >= 9
        ? "fair"
        : score >= 6
          ? "average"
          : "weak";
}

export const OFFICIAL_BAND_LABELS: Record<OfficialBand, { vi: string; en: string }> = {
  full: { vi: "Hoàn thành 100% nhiệm vụ", en: "Duties fully done" },
  partial: { vi: "Hoàn thành từ 70% đến dưới 100%", en: "70 to under 100% done" },
  low: { vi: "Hoàn thành dưới 70%", en: "Under 70% done" },
};
export const UNIT_BAND_LABELS: Record<UnitBand, { vi: string; en: string }> = {
  excellent: { vi: "Xuất sắc", en: "Excellent" },
  good: { vi: "Tốt", en: "Good" },
  fair: { vi: "Khá", en: "Fair" },
  average: { vi: "Trung bình", en: "Average" },
  weak: { vi: "Yếu", en: "Weak" },
};

/** A quarter as the reports name it: 2026-Q4. */
export const Period = z.string().regex(/^\d{4}-Q[1-4]$/, { message: "invalidFormat" });
export const periodOf = (iso: string) =>
  `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;

export const IndicatorQuery = z.object({ unitId: z.string().uuid(), period: Period });
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;

export const IndicatorValue = z.object({
  indicator: z.number().int(),
  label: z.object({ vi: z.string(), en: z.string() }),
  /** Null: no data, left out of the sums. */
  score: z.number().nullable(),
  pointsSum: z.number().int(),
  dossierCount: z.number().int(),
  formula: z.string(),
  /** Indicator 8 only: the feedback about procedures counted in the quarter. */
  feedback: z
    .object({ resolved: z.number().int(), onTime: z.number().int(), prolonged: z.number().int() })
    .optional(),
});
export const UnitIndicators = z.object({
  unitId: z.string(),
  unitName: z.string(),
  period: z.string(),
  indicators: z.array(IndicatorValue),
  official: z.object({ score: z.number(), band: z.enum(["full", "partial", "low"]) }).nullable(),
  unit: z
    .object({ score: z.number(), band: z.enum(["excellent", "good", "fair", "average", "weak"]) })
    .nullable(),
});
export type UnitIndicators = z.infer<typeof UnitIndicators>;

export const CountedDossier = z.object({
  dossierId: z.string(),
  code: z.string(),
  procedureName: z.string(),
  points: z.number().int(),
  computedAt: z.string(),
});
export const CountedDossiersQuery = IndicatorQuery.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const OfficialIndicators = z.object({
  staff: z.object({ id: z.string(), name: z.string() }),
  dossierCount: z.number().int(),
  /** Averages of indicators 1, 2, 3, 4 and 7 over the dossiers the official received or processed. */
  indicators: z.record(z.string(), z.number().nullable()),
  score: z.number().nullable(),
  band: z.enum(["full", "partial", "low"]).nullable(),
});
export type OfficialIndicators = z.infer<typeof OfficialIndicators>;

/** One unit below the one asked for, with its indicators computed as for its own page, without texts. */
export const SubunitIndicators = UnitIndicators.pick({
  unitId: true,
  unitName: true,
  official: true,
  unit: true,
}).extend({
  parentId: z.string().nullable(),
  indicators: z.array(
    IndicatorValue.pick({ indicator: true, score: true, pointsSum: true, dossierCount: true }),
  ),
});
export type SubunitIndicators = z.infer<typeof SubunitIndicators>;
