import { and, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, petitions, procedures } from "../../db/schema";
import { todayVn } from "./internal";

export type CatalogueFacts = {
  procedures: number;
  atCounter: number;
  online: number;
  level: "province" | "commune";
};
export type FeedbackFacts = { resolved: number; onTime: number; prolonged: number };

const quarterBounds = (period: string) => {
  const year = period.slice(0, 4);
  const q = Number(period.slice(6));
  return {
    start: `${year}-${["01-01", "04-01", "07-01", "10-01"][q - 1]}`,
    end: `${year}-${["03-31", "06-30", "09-30", "12-31"][q - 1]}`,
  };
};

/** Each unit's catalogue in force on the period's last day: online procedures and those done wholly at the counter. */
export async function catalogueFacts(db: Db, unitIds: string[], period: string) {
  const facts = new Map<string, CatalogueFacts>(
    unitIds.map((id) => [id, { procedures: 0, atCounter: 0, online: 0, level: "commune" }]),
  );
  if (unitIds.length === 0) {
    return facts;
  }
  const day = quarterBounds(period).end;
  const rows = await db
    .select({
      unitId: procedures.unitId,
      steps: procedures.steps,
      onlineLevel: procedures.onlineLevel,
      level: procedures.level,
    })
    .from(procedures)
    .where(
      and(
        inArray(procedures.unitId, unitIds),
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
  for (const r of rows) {
    const f = facts.get(r.unitId)!;
    f.procedures += 1;
    f.atCounter += r.steps.every((s) => s.agencyId && kinds.get(s.agencyId) === "one_stop") ? 1 : 0;
    f.online += r.onlineLevel !== "none" ? 1 : 0;
    f.level = r.level === "province" ? "province" : f.level;
  }
  return facts;
}

/**
 * Feedback and recommendations about procedures (classified as such) of each unit: resolved in the
 * quarter, of which on time, and still unresolved past their deadline at its end. A partial index
 * holds only these petitions, so this reads a handful of rows, not the petition history.
 */
export async function feedbackFacts(db: Db, unitIds: string[], period: string) {
  const facts = new Map<string, FeedbackFacts>(
    unitIds.map((id) => [id, { resolved: 0, onTime: 0, prolonged: 0 }]),
  );
  if (unitIds.length === 0) {
    return facts;
  }
  const { start, end } = quarterBounds(period);
  // in the running quarter, "past its deadline" is judged today, not at a quarter's end still to come
  const asOf = [todayVn(), end].sort()[0]!;
  const inQuarter = sql`${petitions.resolvedDate} BETWEEN ${start} AND ${end}`;
  const rows = await db
    .select({
      unitId: petitions.unitId,
      resolved: sql<number>`(count(*) FILTER (WHERE ${inQuarter}))::int`,
      onTime: sql<number>`(count(*) FILTER (WHERE ${inQuarter} AND ${petitions.resolvedOnTime}))::int`,
      prolonged: sql<number>`(count(*) FILTER (WHERE ${petitions.resolveDue} < ${asOf}
        AND (${petitions.resolvedDate} IS NULL OR ${petitions.resolvedDate} > ${asOf})
        AND (${petitions.withdrawnDate} IS NULL OR ${petitions.withdrawnDate} > ${asOf})))::int`,
    })
    .from(petitions)
    .where(
      and(
        inArray(petitions.unitId, unitIds),
        sql`${petitions.concernsProcedure} AND ${petitions.kind} IN ('feedback', 'recommendation')`,
        sql`${petitions.receivedDate} <= ${asOf}`,
      ),
    )
    .groupBy(petitions.unitId);
  for (const r of rows) {
    facts.set(r.unitId, {
      resolved: Number(r.resolved),
      onTime: Number(r.onTime),
      prolonged: Number(r.prolonged),
    });
  }
  return facts;
}
