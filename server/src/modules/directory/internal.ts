import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
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
