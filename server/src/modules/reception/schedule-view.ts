import { RECEPTION_PERMISSIONS, type ScheduleQuery, type ScheduleView } from "@danvan/common";
import { and, sql } from "drizzle-orm";
import { units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { collectOccurrences, schedulesIn, sessionsIn, withoutHost } from "./collect-occurrences";
import { frequencyWarnings, unitsWithoutSchedule } from "./frequency";
import { addDays, todayVn } from "./internal";
import { canManageReception } from "./reception.policy";
import { presentSchedule } from "./schedule.presenter";

const underUnit = (unitId: string) =>
  sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${unitId}) || '%'`;

/** Schedules, the reception days they give from `from` on, and leaders below the statutory minimum. */
export async function scheduleView(ctx: Ctx, q: ScheduleQuery): Promise<ScheduleView> {
  const actor = requireActor(ctx);
  const from = q.from ?? todayVn();
  const to = addDays(from, q.days - 1);
  const where = and(
    inScope(units.path, actor, RECEPTION_PERMISSIONS.read),
    q.unitId ? underUnit(q.unitId) : undefined,
  );
  const schedules = await schedulesIn(ctx.db, where, from, to);
  const sessions = await sessionsIn(ctx.db, where, from, to);
  const occurrences = await collectOccurrences(ctx.db, schedules, sessions, from, to);
  return {
    from,
    to,
    schedules: schedules.map((s) =>
      presentSchedule(s, canManageReception(actor, s.unitPath) && (!s.s.validTo || s.s.validTo >= todayVn())),
    ),
    occurrences: occurrences.map(withoutHost),
    warnings: await frequencyWarnings(ctx.db, schedules, occurrences, from, to),
    unscheduled: await unitsWithoutSchedule(ctx.db, where, schedules),
  };
}
