import type { MeetingInput } from "@danvan/common";
import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationMeetings } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { todayVn } from "../tasks/internal";
import { canManageConsultations } from "./consultation.policy";
import { assertFiles, concernedHouseholdIds, fileInfo, loadConsultation } from "./internal";

type Row = typeof consultationMeetings.$inferSelect;

export async function presentMeetings(db: Db, consultationId: string, rows: Row[]) {
  const total = rows.length ? (await concernedHouseholdIds(db, consultationId)).length : 0;
  return Promise.all(
    rows.map(async (m) => ({
      id: m.id,
      heldOn: m.heldOn,
      place: m.place,
      chairName: m.chairName,
      agenda: m.agenda,
      householdsPresent: m.attendeeHouseholdIds.length,
      totalHouseholds: total,
      minutes: m.minutes,
      concerns: m.concerns,
      files: await fileInfo(db, m.fileIds),
    })),
  );
}

/** A dialogue meeting held: agenda, households present (from the register), minutes, concerns and answers. */
export async function recordMeeting(ctx: Ctx, id: string, input: MeetingInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    if (input.heldOn > todayVn()) {
      throw invalid("heldOn", "invalidValue");
    }
    const concerned = new Set(await concernedHouseholdIds(tx, id));
    const attendees = [...new Set(input.attendeeHouseholdIds)];
    attendees.forEach((hid, i) => {
      if (!concerned.has(hid)) {
        throw invalid(`attendeeHouseholdIds.${i}`, "consultationHouseholdOutsideArea");
      }
    });
    const fileIds = await assertFiles(tx, input.fileIds, "fileIds");
    const [row] = await tx
      .insert(consultationMeetings)
      .values({
        id: newId(),
        consultationId: id,
        ...input,
        attendeeHouseholdIds: attendees,
        fileIds,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "consultations.meeting",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: row,
    });
    const [presented] = await presentMeetings(tx, id, [row!]);
    return presented!;
  });
}

export async function listMeetings(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  await loadConsultation(ctx.db, actor, id);
  const rows = await ctx.db
    .select()
    .from(consultationMeetings)
    .where(eq(consultationMeetings.consultationId, id))
    .orderBy(desc(consultationMeetings.heldOn))
    .limit(200);
  return { items: await presentMeetings(ctx.db, id, rows) };
}
