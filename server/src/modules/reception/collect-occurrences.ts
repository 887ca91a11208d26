import type { HostRole, ReceptionOccurrence, Recurrence } from "@danvan/common";
import { and, eq, gte, isNull, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { receptionSchedules, receptionSessions, staff, units } from "../../db/schema";
import { calendarOf } from "./calendar-of";
import { occurrencesOf } from "./occurrences";
import { occurrenceOf, type ScheduleWithNames } from "./schedule.presenter";

/** An occurrence with its host's id, which the frequency check needs and the API does not show. */
export type HostedOccurrence = ReceptionOccurrence & { hostId: string | null };

export const withoutHost = ({ hostId: _, ...o }: HostedOccurrence): ReceptionOccurrence => o;

/** Schedules in force at some point of [from, to] under a unit filter (already scoped by the caller). */
export async function schedulesIn(db: Db, where: SQL | undefined, from: string, to: string) {
  const rows = await db
    .select({ s: receptionSchedules, unitName: units.name, unitPath: units.path, hostName: staff.fullName })
    .from(receptionSchedules)
    .innerJoin(units, eq(units.id, receptionSchedules.unitId))
    .leftJoin(staff, eq(staff.id, receptionSchedules.hostId))
    .where(
      and(
        where,
        lte(receptionSchedules.validFrom, to),
        or(isNull(receptionSchedules.validTo), gte(receptionSchedules.validTo, from)),
      ),
    )
    .orderBy(units.path, receptionSchedules.kind, receptionSchedules.validFrom)
    .limit(500);
  return rows;
}

export async function sessionsIn(db: Db, where: SQL | undefined, from: string, to: string) {
  return db
    .select({ row: receptionSessions, unitName: units.name, hostName: staff.fullName })
    .from(receptionSessions)
    .innerJoin(units, eq(units.id, receptionSessions.unitId))
    .leftJoin(staff, eq(staff.id, receptionSessions.hostId))
    .where(and(where, gte(receptionSessions.date, from), lte(receptionSessions.date, to)))
    .limit(2000);
}

/**
 * Every reception day of [from, to]: schedule days shifted off the unit's days off, plus sessions
 * planned or held. A session opened for a schedule's day stands in for that day, and a cancelled
 * one removes it.
 */
export async function collectOccurrences(
  db: Db,
  schedules: ScheduleWithNames[],
  sessions: Awaited<ReturnType<typeof sessionsIn>>,
  from: string,
  to: string,
): Promise<HostedOccurrence[]> {
  const out: HostedOccurrence[] = [];
  const taken = new Set(
    sessions.filter((x) => x.row.scheduleId).map((x) => `${x.row.scheduleId}:${x.row.date}`),
  );
  for (const sch of schedules) {
    const cal = await calendarOf(db, sch.s.unitId, from, to);
    const days = occurrencesOf(sch.s.recurrence as Recurrence, cal, {
      from,
      to,
      validFrom: sch.s.validFrom,
      validTo: sch.s.validTo,
    });
    for (const occ of days) {
      if (!taken.has(`${sch.s.id}:${occ.date}`)) {
        out.push({ ...occurrenceOf(sch, occ), hostId: sch.s.hostId });
      }
    }
  }
  const byId = new Map(schedules.map((s) => [s.s.id, s.s]));
  // A session outside any schedule still names its host's office, taken from the host's schedule.
  const roleOfHost = new Map(schedules.filter((s) => s.s.hostId).map((s) => [s.s.hostId, s.s.hostRole]));
  for (const { row, unitName, hostName } of sessions) {
    if (row.status === "cancelled") {
      continue;
    }
    const sch = row.scheduleId ? byId.get(row.scheduleId) : undefined;
    out.push({
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      unitId: row.unitId,
      unitName,
      title: sch?.title ?? row.reason ?? unitName,
      place: row.place,
      hostName,
      hostRole: (sch?.hostRole ?? roleOfHost.get(row.hostId) ?? null) as HostRole | null,
      sessionType: row.type as ReceptionOccurrence["sessionType"],
      scheduleId: row.scheduleId,
      sessionId: row.id,
      shiftedFrom: null,
      hostId: row.hostId,
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}
