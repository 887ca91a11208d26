import { rolesWith } from "@danvan/common";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { agencies, roleGrants, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { loadDossier } from "./internal";

const MAX = 200;

/**
 * Who may take a step of this dossier: active staff holding `onestop.process` over its unit (the same
 * test as `checkHandler`), for the hand-on and assignment pickers. Anyone who may see the dossier may ask.
 */
export async function dossierHandlers(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const loaded = await loadDossier(ctx.db, actor, id);
  const rows = await ctx.db
    .selectDistinct({ id: staff.id, name: staff.fullName, agencyName: agencies.name })
    .from(roleGrants)
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .leftJoin(agencies, eq(agencies.id, staff.agencyId))
    .where(
      and(
        inArray(roleGrants.role, rolesWith("onestop.process")),
        eq(staff.isActive, true),
        sql`${loaded.unitPath} LIKE ${units.path} || '%'`,
      ),
    )
    .orderBy(asc(staff.fullName))
    .limit(MAX);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, agencyName: r.agencyName ?? null })) };
}
