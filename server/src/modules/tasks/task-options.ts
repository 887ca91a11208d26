import type { TaskOptions, TaskPersonOption } from "@danvan/common";
import { and, eq, like, sql } from "drizzle-orm";
import { positions, roleGrants, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { can } from "../../platform/scope";
import { getUnitOrThrow } from "../directory";

const MAX_PEOPLE = 500;
const collator = new Intl.Collator("vi");

const byName = (a: TaskPersonOption, b: TaskPersonOption) => collator.compare(a.fullName, b.fullName);

/**
 * Whom a task of this unit may name, by the same rules `createTask` enforces: active staff of the
 * unit's subtree as assignee ("rõ người"), active leaders granted on the unit or above it as director.
 */
export async function taskOptions(ctx: Ctx, unitId: string): Promise<TaskOptions> {
  const actor = requireActor(ctx);
  const unit = await getUnitOrThrow(ctx.db, unitId).catch(() => {
    throw notFound("unit");
  });
  if (!can(actor, "tasks.create", unit.path)) {
    throw notFound("unit");
  }
  const person = {
    id: staff.id,
    fullName: staff.fullName,
    unitName: units.name,
    positionName: positions.name,
  };
  const assignees = await ctx.db
    .select(person)
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .leftJoin(positions, eq(positions.id, staff.positionId))
    .where(and(eq(staff.isActive, true), like(units.path, `${unit.path}%`)))
    .limit(MAX_PEOPLE);
  const directors = await ctx.db
    .selectDistinctOn([staff.id], person)
    .from(roleGrants)
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .leftJoin(positions, eq(positions.id, staff.positionId))
    .where(
      and(
        eq(roleGrants.role, "leader"),
        eq(staff.isActive, true),
        sql`${unit.path} LIKE ${units.path} || '%'`,
      ),
    )
    .orderBy(staff.id)
    .limit(MAX_PEOPLE);
  return { assignees: assignees.sort(byName), directors: directors.sort(byName) };
}
