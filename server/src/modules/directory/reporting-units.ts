import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { unitSuccessions, units } from "../../db/schema";
import { resolveSuccessors } from "./resolve-successors";

export type ReportingUnit = { id: string; name: string; path: string };

/**
 * Where reports put each unit's figures today: its one current successor, following mergers, when
 * that successor lies under `withinPath`. A unit split between several successors, or merged into a
 * unit outside the report, is left out of the map and stays itself, so totals never change.
 */
export async function reportingUnits(
  db: Db,
  unitIds: Iterable<string>,
  withinPath: string,
): Promise<Map<string, ReportingUnit>> {
  const out = new Map<string, ReportingUnit>();
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) {
    return out;
  }
  const targets = new Map<string, string>();
  for (const [from, to] of await resolveSuccessors(db, ids)) {
    if (to.length === 1 && to[0] !== from) {
      targets.set(from, to[0]!);
    }
  }
  if (targets.size === 0) {
    return out;
  }
  const rows = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(inArray(units.id, [...new Set(targets.values())]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const [from, to] of targets) {
    const unit = byId.get(to);
    if (unit?.path.startsWith(withinPath)) {
      out.set(from, unit);
    }
  }
  return out;
}

/**
 * Units outside `withinPath` whose figures reports put under a unit inside it (a commune merged into one
 * of the subtree from elsewhere), with that unit: what a report adds so the successor carries its history.
 */
export async function predecessorsInto(
  db: Db,
  withinPath: string,
  maxDepth = 10,
): Promise<Map<string, ReportingUnit>> {
  const outside = sql`${units.path} NOT LIKE ${`${withinPath}%`}`;
  const found = new Set<string>();
  let frontier: string[] | null = null;
  for (let depth = 0; depth < maxDepth; depth++) {
    const into: SQL =
      frontier === null
        ? sql`${unitSuccessions.toUnitId} IN (SELECT id FROM units WHERE path LIKE ${`${withinPath}%`})`
        : inArray(unitSuccessions.toUnitId, frontier);
    const rows = await db
      .select({ id: unitSuccessions.fromUnitId })
      .from(unitSuccessions)
      .innerJoin(units, eq(units.id, unitSuccessions.fromUnitId))
      .where(and(into, outside));
    const next = [...new Set(rows.map((r) => r.id))].filter((id) => !found.has(id));
    if (next.length === 0) {
      break;
    }
    for (const id of next) {
      found.add(id);
    }
    frontier = next;
  }
  return reportingUnits(db, found, withinPath);
}
