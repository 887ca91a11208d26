import type { CreateSessionInput } from "@danvan/common";
import { and, eq, inArray } from "drizzle-orm";
import { agencies, receptionSchedules, receptionSessions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { nextSequence } from "../../platform/sequence";
import { deadlineFor } from "../calendar/compute-deadline";
import { ruleInForce } from "../calendar/rules";
import { addDays, leaderOrInvalid, todayVn, unitOrInvalid } from "./internal";
import { canManageReception } from "./reception.policy";
import { presentSessions } from "./session.presenter";

/** Opens a reception session: a schedule's day, the committee's regular day, an ad hoc or an online one. */
export async function createSession(ctx: Ctx, input: CreateSessionInput) {
  const actor = requireActor(ctx);
  if (input.date > addDays(todayVn(), 366)) {
    throw invalid("date", "dueTooFar");
  }
  return withTransaction(ctx, async (tx) => {
    const unit = await unitOrInvalid(tx, input.unitId);
    if (!canManageReception(actor, unit.path)) {
      throw forbidden();
    }
    if (input.date < unit.validFrom) {
      throw invalid("date", "invalidValue");
    }
    if (input.hostId) {
      await leaderOrInvalid(tx, input.hostId, unit.path);
    }
    // NĐ 154/2026 Chương V: citizens are told of an online session at least 5 working days ahead.
    const notice =
      input.type === "online"
        ? await ruleInForce(tx, "reception.online.notice", todayVn()).catch(() => null)
        : null;
    if (notice) {
      const earliest = await deadlineFor(
        tx,
        { from: todayVn(), ruleId: notice.id, unitId: unit.id },
        ctx.locale,
      );
      if (input.date < earliest.due) {
        throw invalid("date", "receptionOnlineNotice");
      }
    }
    if (input.scheduleId) {
      const [schedule] = await tx
        .select()
        .from(receptionSchedules)
        .where(and(eq(receptionSchedules.id, input.scheduleId), eq(receptionSchedules.unitId, unit.id)));
      const inForce =
        schedule && schedule.validFrom <= input.date && (!schedule.validTo || schedule.validTo >= input.date);
      if (!inForce) {
        throw invalid("scheduleId", "notFound");
      }
    }
    const agencyIds = [...new Set(input.agencyIds)];
    if (agencyIds.length) {
      const found = await tx
        .select({ id: agencies.id })
        .from(agencies)
        .where(and(inArray(agencies.id, agencyIds), eq(agencies.isActive, true)));
      if (found.length !== agencyIds.length) {
        throw invalid("agencyIds", "notFound");
      }
    }
    const year = input.date.slice(0, 4);
    const seq = await nextSequence(tx, `reception-session:${unit.code}:${year}`);
    const [row] = await tx
      .insert(receptionSessions)
      .values({
        id: newId(),
        code: `TCD-${unit.code}-${year}-${String(seq).padStart(4, "0")}`,
        unitId: unit.id,
        scheduleId: input.scheduleId,
        type: input.type,
        status: "planned",
        date: input.date,
        startTime: input.startTime,
        endTime: input.endTime,
        place: input.place,
        hostId: input.hostId,
        agencyIds,
        reason: input.reason,
        note: input.note,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "reception.create-session",
      entityType: "reception_session",
      entityId: row!.id,
      unitId: unit.id,
      after: row,
    });
    const [presented] = await presentSessions(tx, actor, [
      { row: row!, unitPath: unit.path, unitName: unit.name },
    ]);
    return presented!;
  });
}
