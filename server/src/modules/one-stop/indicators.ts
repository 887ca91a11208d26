import {
  averagePoints,
  type CountedDossiersQuery,
  INDICATOR_LABELS,
  type IndicatorQuery,
  indicator5,
  indicator8,
  indicator9,
  officialBand,
  type UnitIndicators,
  unitBand,
} from "@danvan/common";
import { and, asc, eq, gt, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import {
  agencies,
  dossierScores,
  dossiers,
  petitions,
  procedures,
  unitScoreRollups,
  units,
} from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, pageOf } from "../../platform/cursor";
import { invalid, notFound } from "../../platform/errors";
import { can } from "../../platform/scope";
import { todayVn } from "./internal";
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

async function unitInScope(db: Db, ctx: Ctx, unitId: string) {
  const actor = requireActor(ctx);
  const [unit] = await db.select().from(units).where(eq(units.id, unitId));
  if (!unit || !can(actor, "onestop.read", unit.path)) {
    throw notFound("unit");
  }
  return unit;
}

/** The unit's catalogue in force on the period's last day: online procedures and those done wholly at the counter. */
async function catalogueFacts(db: Db, unitId: string, period: string) {
  const year = period.slice(0, 4);
  const quarterEnd = ["03-31", "06-30", "09-30", "12-31"][Number(period.slice(6)) - 1];
  const day = `${year}-${quarterEnd}`;
  const rows = await db
    .select({ steps: procedures.steps, onlineLevel: procedures.onlineLevel, level: procedures.level })
    .from(procedures)
    .where(
      and(
        eq(procedures.unitId, unitId),
        lte(procedures.effectiveFrom, day),
        or(isNull(procedures.effectiveTo), gte(procedures.effectiveTo, day)),
      ),
    );
  const agencyIds = [
    ...new Set(rows.flatMap((r) => r.steps.map((s) => s.agencyId)).filter((x): x is string => !!x)),
  ];
  const kinds = new Map(
    agencyIds.length
      ? (
          await db
            .select({ id: agencies.id, kind: agencies.kind })
            .from(agencies)
            .where(inArray(agencies.id, agencyIds))
        ).map((a) => [a.id, a.kind])
      : [],
  );
  const atCounter = rows.filter((r) =>
    r.steps.every((s) => s.agencyId && kinds.get(s.agencyId) === "one_stop"),
  ).length;
  return {
    procedures: rows.length,
    atCounter,
    online: rows.filter((r) => r.onlineLevel !== "none").length,
    level: (rows.some((r) => r.level === "province") ? "province" : "commune") as "province" | "commune",
  };
}

const quarterBounds = (period: string) => {
  const year = period.slice(0, 4);
  const q = Number(period.slice(6));
  return {
    start: `${year}-${["01-01", "04-01", "07-01", "10-01"][q - 1]}`,
    end: `${year}-${["03-31", "06-30", "09-30", "12-31"][q - 1]}`,
  };
};

/**
 * Feedback and recommendations about procedures (classified as such) of the unit: resolved in the
 * quarter, of which on time, and still unresolved past their deadline at its end. A partial index
 * holds only these petitions, so this reads a handful of rows, not the petition history.
 */
async function feedbackFacts(db: Db, unitId: string, period: string) {
  const { start, end } = quarterBounds(period);
  // in the running quarter, "past its deadline" is judged today, not at a quarter's end still to come
  const today = todayVn();
  const asOf = [today, end].sort()[0]!;
  const inQuarter = sql`${petitions.resolvedDate} BETWEEN ${start} AND ${end}`;
  const [row] = await db
    .select({
      resolved: sql<number>`(count(*) FILTER (WHERE ${inQuarter}))::int`,
      onTime: sql<number>`(count(*) FILTER (WHERE ${inQuarter} AND ${petitions.resolvedOnTime}))::int`,
      prolonged: sql<number>`(count(*) FILTER (WHERE ${petitions.resolveDue} < ${asOf}
        AND (${petitions.resolvedDate} IS NULL OR ${petitions.resolvedDate} > ${asOf})
        AND (${petitions.withdrawnDate} IS NULL OR ${petitions.withdrawnDate} > ${asOf})))::int`,
    })
    .from(petitions)
    .where(
      and(
        eq(petitions.unitId, unitId),
        sql`${petitions.concernsProcedure} AND ${petitions.kind} IN ('feedback', 'recommendation')`,
        sql`${petitions.receivedDate} <= ${asOf}`,
      ),
    );
  return {
    resolved: Number(row?.resolved ?? 0),
    onTime: Number(row?.onTime ?? 0),
    prolonged: Number(row?.prolonged ?? 0),
  };
}

/**
 * The nine TT 01/2018 indicators of a unit for a quarter, read from the running sums kept as dossiers
 * close and from the unit's catalogue (5, 9): no scan of the dossiers. Sums exclude indicators without
 * data (Đ.15); the official score adds 1, 2, 3, 4, 7 and the unit score adds 5, 6, 8, 9 to it.
 */
export async function unitIndicators(ctx: Ctx, query: IndicatorQuery): Promise<UnitIndicators> {
  const unit = await unitInScope(ctx.db, ctx, query.unitId);
  const rollups = await ctx.db
    .select()
    .from(unitScoreRollups)
    .where(and(eq(unitScoreRollups.unitId, unit.id), eq(unitScoreRollups.period, query.period)));
  const byIndicator = new Map(rollups.map((r) => [r.indicator, r]));
  const cat = await catalogueFacts(ctx.db, unit.id, query.period);
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
  const feedback = await feedbackFacts(ctx.db, unit.id, query.period);
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
    period: query.period,
    indicators,
    official: official === null ? null : { score: official, band: officialBand(official) },
    unit: unitScore === null ? null : { score: unitScore, band: unitBand(unitScore) },
  };
}

/** The dossiers counted in one per-dossier indicator, with their points: the drill-down under a score. */
export async function countedDossiers(
  ctx: Ctx,
  indicator: number,
  query: z.infer<typeof CountedDossiersQuery>,
) {
  if (![1, 2, 3, 4, 6, 7].includes(indicator)) {
    throw invalid("indicator", "invalidValue");
  }
  const unit = await unitInScope(ctx.db, ctx, query.unitId);
  const key = String(indicator);
  const where: SQL[] = [
    eq(dossierScores.unitId, unit.id),
    eq(dossierScores.period, query.period),
    sql`${dossierScores.points}->>${key} IS NOT NULL`,
  ];
  const after = decodeCursor(query.cursor);
  if (after) {
    where.push(gt(dossierScores.dossierId, after.id));
  }
  const rows = await ctx.db
    .select({ s: dossierScores, code: dossiers.code, procedureName: procedures.name })
    .from(dossierScores)
    .innerJoin(dossiers, eq(dossiers.id, dossierScores.dossierId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(and(...where))
    .orderBy(asc(dossierScores.dossierId))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.s.dossierId, r.s.dossierId]);
  return {
    items: items.map((r) => ({
      dossierId: r.s.dossierId,
      code: r.code,
      procedureName: r.procedureName,
      points: Number(r.s.points[key]),
      computedAt: r.s.computedAt.toISOString(),
    })),
    nextCursor,
  };
}
