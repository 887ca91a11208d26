import type { EndScheduleInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { receptionSchedules, staff, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, notFound, precondition } from "../../platform/errors";
import { canManageReception, canReadReception } from "./reception.policy";
import { presentSchedule } from "./schedule.presenter";

/** Ends a schedule on a date; the days already published before it stay in the history. */
export async function endSchedule(ctx: Ctx, id: string, input: EndScheduleInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [found] = await tx
      .select({ s: receptionSchedules, unitPath: units.path, unitName: units.name, hostName: staff.fullName })
      .from(receptionSchedules)
      .innerJoin(units, eq(units.id, receptionSchedules.unitId))
      .leftJoin(staff, eq(staff.id, receptionSchedules.hostId))
      .where(eq(receptionSchedules.id, id))
      .for("update", { of: receptionSchedules });
    if (!found || !canReadReception(actor, found.unitPath)) {
      throw notFound("schedule");
    }
    if (!canManageReception(actor, found.unitPath)) {
      throw forbidden();
    }
    if (found.s.validTo !== null && found.s.validTo < input.validTo) {
      throw precondition("receptionScheduleEnded");
    }
    if (input.validTo < found.s.validFrom) {
      throw invalid("validTo", "validToBeforeFrom");
    }
    const [row] = await tx
      .update(receptionSchedules)
      .set({ validTo: input.validTo, note: input.note ?? found.s.note, updatedAt: new Date() })
      .where(eq(receptionSchedules.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "reception.end-schedule",
      entityType: "reception_schedule",
      entityId: id,
      unitId: row!.unitId,
      before: found.s,
      after: row,
    });
    return presentSchedule({ s: row!, unitName: found.unitName, hostName: found.hostName }, false);
  });
}
