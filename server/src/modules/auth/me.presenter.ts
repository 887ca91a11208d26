import { type Me, type Permission, ROLE_PERMISSIONS, type Role } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roleGrants, staff, units } from "../../db/schema";
import { notFound } from "../../platform/errors";

/** The signed-in user as the SPA sees it: grants with unit names and the union of permissions. */
export async function presentMe(db: Db, staffId: string): Promise<Me> {
  const [row] = await db
    .select({ s: staff, unitName: units.name })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, staffId));
  if (!row) {
    throw notFound("staff");
  }
  const grants = await db
    .select({
      id: roleGrants.id,
      role: roleGrants.role,
      unitId: roleGrants.unitId,
      unitName: units.name,
      unitCode: units.code,
    })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.staffId, staffId));
  const permissions = new Set<Permission>();
  for (const g of grants) {
    for (const p of ROLE_PERMISSIONS[g.role as Role] ?? []) {
      permissions.add(p);
    }
  }
  return {
    id: row.s.id,
    username: row.s.username,
    fullName: row.s.fullName,
    email: row.s.email,
    locale: row.s.locale === "en" ? "en" : "vi",
    unitId: row.s.unitId,
    unitName: row.unitName,
    agencyId: row.s.agencyId,
    grants: grants.map((g) => ({ ...g, role: g.role as Role })),
    permissions: [...permissions].sort(),
    mustChangePassword: row.s.mustChangePassword,
  };
}
