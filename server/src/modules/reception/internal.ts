import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  receptionEntries,
  receptionRecords,
  receptionSessions,
  roleGrants,
  staff,
  units,
} from "../../db/schema";
import type { Actor } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { canReadReception } from "./reception.policy";

export { checkAttachments } from "../petitions/internal";
export { todayVn } from "../tasks/internal";

export type SessionRow = typeof receptionSessions.$inferSelect;
export type EntryRow = typeof receptionEntries.$inferSelect;
export type RecordRow = typeof receptionRecords.$inferSelect;
export type Loaded<T> = { row: T; unitPath: string; unitName: string };

/** A unit of the catalogue, still in existence, or a 400 on `path`. */
export async function unitOrInvalid(db: Db, id: string, path = "unitId") {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  if (!row) {
    throw invalid(path, "notFound");
  }
  if (row.validTo !== null) {
    throw invalid(path, "unitRetired");
  }
  return row;
}

/** Loads a session the actor may see, else "not found". */
export async function loadSession(db: Db, actor: Actor, id: string, forUpdate = false) {
  const q = db
    .select({ row: receptionSessions, unitPath: units.path, unitName: units.name, unitCode: units.code })
    .from(receptionSessions)
    .innerJoin(units, eq(units.id, receptionSessions.unitId))
    .where(eq(receptionSessions.id, id));
  const [found] = forUpdate ? await q.for("update", { of: receptionSessions }) : await q;
  if (!found || !canReadReception(actor, found.unitPath)) {
    throw notFound("session");
  }
  return found;
}

/** Loads a book entry the actor may see, with its session's host, else "not found". */
export async function loadEntry(db: Db, actor: Actor, id: string, forUpdate = false) {
  const q = db
    .select({
      row: receptionEntries,
      unitPath: units.path,
      unitName: units.name,
      hostId: receptionSessions.hostId,
    })
    .from(receptionEntries)
    .innerJoin(units, eq(units.id, receptionEntries.unitId))
    .innerJoin(receptionSessions, eq(receptionSessions.id, receptionEntries.sessionId))
    .where(eq(receptionEntries.id, id));
  const [found] = forUpdate ? await q.for("update", { of: receptionEntries }) : await q;
  if (!found || !canReadReception(actor, found.unitPath)) {
    throw notFound("entry");
  }
  return found;
}

export async function loadRecord(db: Db, actor: Actor, id: string) {
  const [found] = await db
    .select({ row: receptionRecords, unitPath: units.path, unitName: units.name })
    .from(receptionRecords)
    .innerJoin(units, eq(units.id, receptionRecords.unitId))
    .where(eq(receptionRecords.id, id));
  if (!found || !canReadReception(actor, found.unitPath)) {
    throw notFound("record");
  }
  return found;
}

/** The host of a reception must be an active leader over the unit (Luật TCD 2013 Đ.12–18: the head receives). */
export async function leaderOrInvalid(db: Db, staffId: string, unitPath: string, path = "hostId") {
  const [person] = await db.select().from(staff).where(eq(staff.id, staffId));
  const grants = await db
    .select({ path: units.path })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(and(eq(roleGrants.staffId, staffId), eq(roleGrants.role, "leader")));
  if (!person?.isActive || !grants.some((g) => unitPath.startsWith(g.path))) {
    throw invalid(path, "receptionHostNotLeader");
  }
  return person;
}

export async function staffNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (wanted.length === 0) {
    return new Map<string, string>();
  }
  const rows = await db
    .select({ id: staff.id, fullName: staff.fullName })
    .from(staff)
    .where(inArray(staff.id, wanted));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
