import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { referenceCache } from "../../db/reference-cache";
import { agencies, staff, units } from "../../db/schema";
import { notFound } from "../../platform/errors";

export type UnitRow = typeof units.$inferSelect;

export async function getUnitOrThrow(db: Db, id: string): Promise<UnitRow> {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) {
    throw notFound("unit");
  }
  return row;
}

const unitsById = referenceCache<UnitRow>();

/**
 * A unit for the public forms, read on every filing: remembered for a short time (`referenceCache`).
 * Its edits and retirement drop it at once in this process.
 */
export function cachedUnitOrThrow(db: Db, id: string): Promise<UnitRow> {
  return unitsById.get(db, id, () => getUnitOrThrow(db, id));
}

export function invalidateUnits() {
  unitsById.invalidate();
}

export async function getAgencyOrThrow(db: Db, id: string) {
  const [row] = await db
    .select({ a: agencies, unitPath: units.path })
    .from(agencies)
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(eq(agencies.id, id));
  if (!row) {
    throw notFound("agency");
  }
  return row;
}

export async function getStaffOrThrow(db: Db, id: string) {
  const [row] = await db
    .select({ s: staff, unitPath: units.path })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, id));
  if (!row) {
    throw notFound("staff");
  }
  return row;
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

export const today = () => new Date().toISOString().slice(0, 10);
