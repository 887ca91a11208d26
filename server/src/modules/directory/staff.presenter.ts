import type { Role, Staff } from "@danvan/common";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, positions, roleGrants, type staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { canManageStaff } from "./directory.policy";

type StaffRow = typeof staff.$inferSelect;

/** Staff rows to API shape, with unit, agency, position names and grants loaded in three queries. */
export async function presentStaff(db: Db, actor: Actor | null, rows: StaffRow[]): Promise<Staff[]> {
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((r) => r.id);
  const grants = await db
    .select({
      id: roleGrants.id,
      staffId: roleGrants.staffId,
      role: roleGrants.role,
      unitId: roleGrants.unitId,
      unitName: units.name,
      unitCode: units.code,
    })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(inArray(roleGrants.staffId, ids));
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const unitRows = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(inArray(units.id, unitIds));
  const agencyIds = rows.flatMap((r) => (r.agencyId ? [r.agencyId] : []));
  const agencyRows = agencyIds.length
    ? await db
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(inArray(agencies.id, agencyIds))
    : [];
  const positionIds = rows.flatMap((r) => (r.positionId ? [r.positionId] : []));
  const positionRows = positionIds.length
    ? await db
        .select({ id: positions.id, name: positions.name })
        .from(positions)
        .where(inArray(positions.id, positionIds))
    : [];
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const nameOf = (list: { id: string; name: string }[], id: string | null) =>
    id ? (list.find((x) => x.id === id)?.name ?? null) : null;
  return rows.map((r) => {
    const unit = unitById.get(r.unitId);
    const manage = canManageStaff(actor, unit?.path ?? "");
    return {
      id: r.id,
      username: r.username,
      fullName: r.fullName,
      email: r.email,
      phone: r.phone,
      unitId: r.unitId,
      unitName: unit?.name ?? "",
      agencyId: r.agencyId,
      agencyName: nameOf(agencyRows, r.agencyId),
      positionId: r.positionId,
      positionName: nameOf(positionRows, r.positionId),
      isActive: r.isActive,
      grants: grants
        .filter((g) => g.staffId === r.id)
        .map((g) => ({
          id: g.id,
          role: g.role as Role,
          unitId: g.unitId,
          unitName: g.unitName,
          unitCode: g.unitCode,
        })),
      abilities: { update: manage, grant: manage },
    };
  });
}
