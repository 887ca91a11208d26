import type { PublicSchedule, Recurrence } from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import { units } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { collectOccurrences, schedulesIn, sessionsIn } from "./collect-occurrences";
import { addDays, todayVn } from "./internal";

/**
 * The published schedule of a unit and the units under it (Luật TCD 2013 Đ.24: place, regular hours,
 * the head's days). Names the leaders who receive, never staff ids or session internals.
 */
export async function publicSchedule(
  ctx: Ctx,
  q: { unitId: string; from?: string; days: number },
): Promise<PublicSchedule> {
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, q.unitId));
  if (!unit || unit.validTo !== null) {
    throw notFound("unit");
  }
  const from = q.from && q.from >= todayVn() ? q.from : todayVn();
  const to = addDays(from, q.days - 1);
  const where = sql`${units.path} LIKE ${`${unit.path}%`}`;
  const schedules = await schedulesIn(ctx.db, where, from, to);
  const sessions = await sessionsIn(ctx.db, where, from, to);
  const occurrences = await collectOccurrences(ctx.db, schedules, sessions, from, to);
  const regular = schedules
    .filter((s) => s.s.kind === "committee")
    .map((s) => {
      const r = s.s.recurrence as Recurrence;
      return {
        title: s.s.title,
        place: s.s.place,
        weekdays: r.type === "weekly" ? r.weekdays : [],
        hours: `${s.s.startTime}–${s.s.endTime}`,
      };
    });
  return {
    unitName: unit.name,
    from,
    to,
    regular,
    occurrences: occurrences.map(({ hostId: _h, scheduleId: _s, sessionId: _i, ...o }) => o),
  };
}
