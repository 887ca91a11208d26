import {
  averagePoints,
  INDICATOR_LABELS,
  indicator5,
  indicator8,
  indicator9,
  officialBand,
  type UnitIndicators,
  unitBand,
} from "@danvan/common";
import type { CatalogueFacts, FeedbackFacts } from "./indicator-facts";
import { ROLLUP_ONLINE, ROLLUP_ONLINE_LATE } from "./score-dossier";

const FORMULAS: Record<number, string> = {
  1: "Σ điểm (sớm 2, đúng hạn 1, trễ 0) ÷ số hồ sơ",
  2: "Σ điểm (mọi bước sớm 2, có bước trễ 0, còn lại 1) ÷ số hồ sơ",
  3: "Σ điểm (không bổ sung 2, một lần 1, hơn một lần 0) ÷ số hồ sơ",
  4: "Σ điểm (nộp trực tuyến toàn trình 2, chỉ liên hệ Bộ phận Một cửa 1) ÷ số hồ sơ",
  5: "Tỷ lệ thủ tục giải quyết trọn tại Bộ phận Một cửa (cấp xã 100%, cấp tỉnh ≥ 20%): đạt 2, không 1",
  6: "Σ điểm (niêm yết 1 + công khai điện tử 1) ÷ số hồ sơ",
  7: "Σ điểm (sớm và không bị phản ánh 2, không bị phản ánh 1, phản ánh được xác minh 0) ÷ số hồ sơ",
  8: "Phản ánh, kiến nghị về TTHC: không có hoặc 100% đúng hạn, không kéo dài 2; ≥ 90% đúng hạn, không kéo dài 1; còn lại 0",
  9: "≥ 20% thủ tục trực tuyến, ≥ 30% hồ sơ trực tuyến, không hồ sơ trực tuyến trễ hạn: 2; 15–< 30%: 1; còn lại 0",
};

export type RollupSum = { indicator: number; pointsSum: number; dossierCount: number };

/**
 * The nine TT 01/2018 indicators of a unit from its quarter's running sums, its catalogue (5, 9) and its
 * feedback about procedures (8). Sums exclude indicators without data (Đ.15); the official score adds
 * 1, 2, 3, 4, 7 and the unit score adds 5, 6, 8, 9 to it.
 */
export function indicatorValues(
  unit: { id: string; name: string },
  period: string,
  rollups: RollupSum[],
  cat: CatalogueFacts,
  feedback: FeedbackFacts,
): UnitIndicators {
  const byIndicator = new Map(rollups.map((r) => [r.indicator, r]));
  const online = byIndicator.get(ROLLUP_ONLINE);
  const late = byIndicator.get(ROLLUP_ONLINE_LATE);
  const i9 = indicator9({
    onlineProcedures: cat.online,
    procedures: cat.procedures,
    onlineDossiers: online?.pointsSum ?? 0,
    dossiers: online?.dossierCount ?? 0,
    lateOnline: late?.pointsSum ?? 0,
  });
  const i5 = indicator5(cat.level, cat.atCounter, cat.procedures);
  const i8 = indicator8(feedback);
  const indicators = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => {
    const r = byIndicator.get(i);
    const unitLevel = i === 5 ? i5 : i === 9 ? i9 : i === 8 ? i8 : undefined;
    return {
      indicator: i,
      label: INDICATOR_LABELS[i]!,
      score: unitLevel !== undefined ? unitLevel : averagePoints(r?.pointsSum ?? 0, r?.dossierCount ?? 0),
      pointsSum: i === 8 ? feedback.onTime : (r?.pointsSum ?? 0),
      dossierCount: i === 8 ? feedback.resolved + feedback.prolonged : (r?.dossierCount ?? 0),
      formula: FORMULAS[i]!,
      ...(i === 8 ? { feedback } : {}),
    };
  });
  const sum = (ids: number[]) => {
    const present = indicators.filter((x) => ids.includes(x.indicator) && x.score !== null);
    return present.length ? Math.round(present.reduce((s, x) => s + x.score!, 0) * 10) / 10 : null;
  };
  const official = sum([1, 2, 3, 4, 7]);
  const unitScore = official === null ? null : Math.round((official + (sum([5, 6, 8, 9]) ?? 0)) * 10) / 10;
  return {
    unitId: unit.id,
    unitName: unit.name,
    period,
    indicators,
    official: official === null ? null : { score: official, band: officialBand(official) },
    unit: unitScore === null ? null : { score: unitScore, band: unitBand(unitScore) },
  };
}
