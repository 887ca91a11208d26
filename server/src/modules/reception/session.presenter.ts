import type { ReceptionSession } from "@danvan/common";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, receptionEntries } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { type SessionRow, staffNames, todayVn } from "./internal";
import { canManageReception } from "./reception.policy";

export type SessionWithUnit = { row: SessionRow; unitPath: string; unitName: string };

export function sessionAbilities(actor: Actor, s: SessionWithUnit, today = todayVn()) {
  const manage = canManageReception(actor, s.unitPath);
  const started = s.row.date <= today;
  return {
    addEntry: manage && started && s.row.status !== "cancelled",
    hold: manage && started && s.row.status === "planned",
    cancel: manage && s.row.status === "planned",
    record: manage && s.row.status === "held",
  };
}

/** Sessions with host, agencies and the size of their book, in one query per kind of data. */
export async function presentSessions(
  db: Db,
  actor: Actor,
  rows: SessionWithUnit[],
): Promise<ReceptionSession[]> {
  if (rows.length === 0) {
    return [];
  }
  const names = await staffNames(
    db,
    rows.map((r) => r.row.hostId),
  );
  const agencyIds = [...new Set(rows.flatMap((r) => r.row.agencyIds))];
  const agencyRows = agencyIds.length
    ? await db
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(inArray(agencies.id, agencyIds))
    : [];
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const counts = await db
    .select({
      sessionId: receptionEntries.sessionId,
      entries: sql<number>`count(*)::int`,
      people: sql<number>`coalesce(sum(${receptionEntries.peopleCount}), 0)::int`,
    })
    .from(receptionEntries)
    .where(
      inArray(
        receptionEntries.sessionId,
        rows.map((r) => r.row.id),
      ),
    )
    .groupBy(receptionEntries.sessionId);
  const countOf = new Map(counts.map((c) => [c.sessionId, c]));
  const today = todayVn();
  return rows.map((r) => {
    const s = r.row;
    const c = countOf.get(s.id);
    return {
      id: s.id,
      code: s.code,
      unitId: s.unitId,
      unitName: r.unitName,
      type: s.type as ReceptionSession["type"],
      status: s.status as ReceptionSession["status"],
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      place: s.place,
      host: s.hostId ? { id: s.hostId, fullName: names.get(s.hostId) ?? "" } : null,
      agencies: s.agencyIds.map((id) => ({ id, name: agencyName.get(id) ?? "" })),
      scheduleId: s.scheduleId,
      reason: s.reason,
      note: s.note,
      cancelReason: s.cancelReason,
      entryCount: Number(c?.entries ?? 0),
      peopleCount: Number(c?.people ?? 0),
      abilities: sessionAbilities(actor, r, today),
    };
  });
}
