import type { HostRole, ReceptionOccurrence, ReceptionSchedule, Recurrence } from "@danvan/common";
import type { receptionSchedules } from "../../db/schema";

export type ScheduleRow = typeof receptionSchedules.$inferSelect;
export type ScheduleWithNames = { s: ScheduleRow; unitName: string; hostName: string | null };

export function presentSchedule(r: ScheduleWithNames, canEnd: boolean): ReceptionSchedule {
  const { s } = r;
  return {
    id: s.id,
    unitId: s.unitId,
    unitName: r.unitName,
    kind: s.kind as ReceptionSchedule["kind"],
    host: s.hostId ? { id: s.hostId, fullName: r.hostName ?? "" } : null,
    hostRole: s.hostRole as HostRole | null,
    title: s.title,
    place: s.place,
    recurrence: s.recurrence as Recurrence,
    startTime: s.startTime,
    endTime: s.endTime,
    validFrom: s.validFrom,
    validTo: s.validTo,
    note: s.note,
    canEnd,
  };
}

export function occurrenceOf(
  r: ScheduleWithNames,
  occ: { date: string; shiftedFrom: string | null },
): ReceptionOccurrence {
  return {
    date: occ.date,
    startTime: r.s.startTime,
    endTime: r.s.endTime,
    unitId: r.s.unitId,
    unitName: r.unitName,
    title: r.s.title,
    place: r.s.place,
    hostName: r.hostName,
    hostRole: r.s.hostRole as HostRole | null,
    sessionType: r.s.kind === "leader" ? "periodic" : "regular",
    scheduleId: r.s.id,
    sessionId: null,
    shiftedFrom: occ.shiftedFrom,
  };
}
