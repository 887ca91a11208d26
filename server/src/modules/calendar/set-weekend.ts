import { and, eq } from "drizzle-orm";
import { unitWeekends } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { can } from "../../platform/scope";
import { getUnitOrThrow } from "../directory";
import { invalidateCalendars } from "./working-calendars";

/** Sets a unit's weekly rest days from a date (e.g. a one-stop shop that opens on Saturday). */
export async function setWeekend(
  ctx: Ctx,
  unitId: string,
  input: { weekend: number[]; effectiveFrom: string },
) {
  const actor = requireActor(ctx);
  const result = await withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, unitId);
    if (!can(actor, "calendar.manage", unit.path)) {
      throw notFound("unit");
    }
    const weekend = [...new Set(input.weekend)].sort();
    const [before] = await tx
      .select()
      .from(unitWeekends)
      .where(and(eq(unitWeekends.unitId, unitId), eq(unitWeekends.effectiveFrom, input.effectiveFrom)));
    if (before) {
      await tx.update(unitWeekends).set({ weekend }).where(eq(unitWeekends.id, before.id));
    } else {
      await tx
        .insert(unitWeekends)
        .values({ id: newId(), unitId, weekend, effectiveFrom: input.effectiveFrom });
    }
    await recordAudit(tx, ctx, {
      action: "calendar.set-weekend",
      entityType: "unit",
      entityId: unitId,
      unitId,
      before: before ?? null,
      after: { weekend, effectiveFrom: input.effectiveFrom },
    });
    return { unitId, weekend, effectiveFrom: input.effectiveFrom };
  });
  // After the commit: a read in between would otherwise keep the old calendar for CACHE_MS.
  invalidateCalendars();
  return result;
}
