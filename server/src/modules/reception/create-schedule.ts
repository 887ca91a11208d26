import type { CreateScheduleInput } from "@danvan/common";
import { receptionSchedules } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { leaderOrInvalid, unitOrInvalid } from "./internal";
import { canManageReception } from "./reception.policy";
import { presentSchedule } from "./schedule.presenter";

/** Publishes a reception schedule: a leader's periodic days or the committee's regular hours (Luật TCD Đ.24). */
export async function createSchedule(ctx: Ctx, input: CreateScheduleInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await unitOrInvalid(tx, input.unitId);
    if (!canManageReception(actor, unit.path)) {
      throw forbidden();
    }
    const host =
      input.kind === "leader" && input.hostId ? await leaderOrInvalid(tx, input.hostId, unit.path) : null;
    const [row] = await tx
      .insert(receptionSchedules)
      .values({
        id: newId(),
        unitId: unit.id,
        kind: input.kind,
        hostId: host?.id ?? null,
        hostRole: input.kind === "leader" ? input.hostRole : null,
        title: input.title,
        place: input.place,
        recurrence: input.recurrence,
        startTime: input.startTime,
        endTime: input.endTime,
        validFrom: input.validFrom,
        validTo: input.validTo,
        note: input.note,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "reception.create-schedule",
      entityType: "reception_schedule",
      entityId: row!.id,
      unitId: unit.id,
      after: row,
    });
    return presentSchedule({ s: row!, unitName: unit.name, hostName: host?.fullName ?? null }, true);
  });
}
