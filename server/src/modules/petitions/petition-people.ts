import type { PetitionPeople } from "@danvan/common";
import { and, asc, eq, like, sql } from "drizzle-orm";
import { agencies, roleGrants, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { loadPetition, todayVn } from "./internal";
import { petitionAbilities } from "./petition.policy";

const MAX = 500;

/**
 * Agencies and active staff of the petition's unit subtree, and the leaders above it: what the officer
 * may pick when assigning, urging or reporting to the head. Only for who may do one of those.
 */
export async function petitionPeople(ctx: Ctx, id: string): Promise<PetitionPeople> {
  const actor = requireActor(ctx);
  const loaded = await loadPetition(ctx.db, actor, id);
  const can = petitionAbilities(actor, loaded.facts, todayVn());
  if (!can.assign && !can.urge && !can.reportToHead) {
    throw forbidden();
  }
  const under = like(units.path, `${loaded.unitPath}%`);
  const agencyRows = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(and(under, eq(agencies.isActive, true)))
    .orderBy(asc(agencies.name))
    .limit(MAX);
  const handlers = await ctx.db
    .select({ id: staff.id, fullName: staff.fullName, agencyId: staff.agencyId, unitName: units.name })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(and(under, eq(staff.isActive, true)))
    .orderBy(asc(staff.fullName))
    .limit(MAX);
  const heads = await ctx.db
    .selectDistinct({ id: staff.id, fullName: staff.fullName, unitName: units.name })
    .from(roleGrants)
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(
      and(
        eq(roleGrants.role, "leader"),
        eq(staff.isActive, true),
        sql`${loaded.unitPath} LIKE ${units.path} || '%'`,
      ),
    )
    .orderBy(asc(staff.fullName))
    .limit(MAX);
  return { agencies: agencyRows, handlers, heads };
}
