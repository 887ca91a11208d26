import {
  RECEPTION_LIMITS,
  RECEPTION_PERMISSIONS,
  type ReceptionStats,
  type ReceptionStatsQuery,
} from "@danvan/common";
import { and, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import {
  receptionConclusions,
  receptionEntries,
  receptionRecords,
  receptionSessions,
  staff,
  tasks,
  units,
} from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { can, inScope } from "../../platform/scope";
import { reportingUnits } from "../directory";

const n = (v: unknown) => Number(v ?? 0);
const ZERO = { sessions: 0, citizens: 0, entries: 0 };
const tally = (rows: { key: string | null; value: unknown }[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) {
    out[r.key ?? ""] = (out[r.key ?? ""] ?? 0) + n(r.value);
  }
  return out;
};

/**
 * Reception figures for a period: sessions held, citizens received (a group counts its size), matters
 * by kind and outcome, tripartite records, working sessions and their conclusions, by leader, unit and
 * type. Counted from the rows, in SQL, scoped to the actor; a merged unit's figures count under its
 * current successor when the actor may read that.
 */
export async function receptionStats(ctx: Ctx, q: ReceptionStatsQuery): Promise<ReceptionStats> {
  const actor = requireActor(ctx);
  if (q.to < q.from) {
    throw invalid("to", "validToBeforeFrom");
  }
  if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > RECEPTION_LIMITS.statsDaysMax) {
    throw invalid("to", "receptionPeriodTooLong");
  }
  const db = ctx.db;
  const scope = and(
    inScope(units.path, actor, RECEPTION_PERMISSIONS.read),
    q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
  );
  const held: SQL = and(
    scope,
    eq(receptionSessions.status, "held"),
    gte(receptionSessions.date, q.from),
    lte(receptionSessions.date, q.to),
    q.hostId ? eq(receptionSessions.hostId, q.hostId) : undefined,
  ) as SQL;
  const entryWhere = and(held, q.kind ? eq(receptionEntries.kind, q.kind) : undefined);

  const sessionRows = await db
    .select({
      type: receptionSessions.type,
      hostId: receptionSessions.hostId,
      hostName: staff.fullName,
      unitId: units.id,
      unitName: units.name,
      sessions: sql<number>`count(*)::int`,
    })
    .from(receptionSessions)
    .innerJoin(units, eq(units.id, receptionSessions.unitId))
    .leftJoin(staff, eq(staff.id, receptionSessions.hostId))
    .where(held)
    .groupBy(receptionSessions.type, receptionSessions.hostId, staff.fullName, units.id, units.name);
  const entryRows = await db
    .select({
      type: receptionSessions.type,
      hostId: receptionSessions.hostId,
      unitId: receptionEntries.unitId,
      kind: receptionEntries.kind,
      outcome: receptionEntries.outcome,
      entries: sql<number>`count(*)::int`,
      citizens: sql<number>`coalesce(sum(${receptionEntries.peopleCount}), 0)::int`,
      groups: sql<number>`count(*) FILTER (WHERE ${receptionEntries.isGroup})::int`,
      petitions: sql<number>`count(${receptionEntries.petitionId})::int`,
    })
    .from(receptionEntries)
    .innerJoin(receptionSessions, eq(receptionSessions.id, receptionEntries.sessionId))
    .innerJoin(units, eq(units.id, receptionEntries.unitId))
    .where(entryWhere)
    .groupBy(
      receptionSessions.type,
      receptionSessions.hostId,
      receptionEntries.unitId,
      receptionEntries.kind,
      receptionEntries.outcome,
    );
  const recordRows = await db
    .select({
      kind: receptionRecords.kind,
      records: sql<number>`count(DISTINCT ${receptionRecords.id})::int`,
      conclusions: sql<number>`count(${receptionConclusions.id})::int`,
      done: sql<number>`count(${receptionConclusions.id}) FILTER (WHERE ${tasks.status} = 'done')::int`,
    })
    .from(receptionRecords)
    .innerJoin(units, eq(units.id, receptionRecords.unitId))
    .leftJoin(receptionConclusions, eq(receptionConclusions.recordId, receptionRecords.id))
    .leftJoin(tasks, eq(tasks.id, receptionConclusions.taskId))
    .where(and(scope, gte(receptionRecords.date, q.from), lte(receptionRecords.date, q.to)))
    .groupBy(receptionRecords.kind);

  const sum = <T>(rows: T[], pick: (r: T) => unknown) => rows.reduce((s, r) => s + n(pick(r)), 0);
  const group = <K extends string>(
    key: (r: { type: string; hostId: string | null; unitId: string }) => K | null,
  ) => {
    const out = new Map<K, { sessions: number; citizens: number; entries: number }>();
    const at = (k: K) => out.get(k) ?? out.set(k, { sessions: 0, citizens: 0, entries: 0 }).get(k)!;
    for (const r of sessionRows) {
      const k = key(r);
      if (k) {
        at(k).sessions += n(r.sessions);
      }
    }
    for (const r of entryRows) {
      const k = key(r);
      if (k) {
        at(k).citizens += n(r.citizens);
        at(k).entries += n(r.entries);
      }
    }
    return out;
  };
  const hostNames = new Map(sessionRows.map((r) => [r.hostId, r.hostName ?? ""]));
  const unitNames = new Map(sessionRows.map((r) => [r.unitId, r.unitName]));
  const rec = (kind: string) => recordRows.find((r) => r.kind === kind);
  const byUnit = new Map<string, ReceptionStats["byUnit"][number]>();
  const perUnit = group((r) => r.unitId);
  const [within] = q.unitId
    ? await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId))
    : [];
  const moved = await reportingUnits(db, perUnit.keys(), within?.path ?? "/");
  for (const [unitId, v] of perUnit) {
    const m = moved.get(unitId);
    const to = m && can(actor, RECEPTION_PERMISSIONS.read, m.path) ? m : null;
    const key = to?.id ?? unitId;
    const row = byUnit.get(key) ?? {
      unitId: key,
      unitName: to?.name ?? unitNames.get(unitId) ?? "",
      ...ZERO,
    };
    byUnit.set(key, {
      ...row,
      sessions: row.sessions + v.sessions,
      citizens: row.citizens + v.citizens,
      entries: row.entries + v.entries,
    });
  }
  return {
    from: q.from,
    to: q.to,
    sessions: sum(sessionRows, (r) => r.sessions),
    sessionsByType: tally([...group((r) => r.type)].map(([key, v]) => ({ key, value: v.sessions }))),
    citizens: sum(entryRows, (r) => r.citizens),
    entries: sum(entryRows, (r) => r.entries),
    groupEntries: sum(entryRows, (r) => r.groups),
    byKind: tally(entryRows.map((r) => ({ key: r.kind, value: r.entries }))),
    byOutcome: tally(entryRows.map((r) => ({ key: r.outcome, value: r.entries }))),
    petitionsCreated: sum(entryRows, (r) => r.petitions),
    tripartiteRecords: n(rec("tripartite")?.records),
    workingSessions: n(rec("working")?.records),
    conclusions: sum(recordRows, (r) => r.conclusions),
    conclusionsDone: sum(recordRows, (r) => r.done),
    byHost: [...group((r) => r.hostId)].map(([hostId, v]) => ({
      hostId,
      hostName: hostNames.get(hostId) ?? "",
      ...v,
    })),
    byUnit: [...byUnit.values()],
    byType: [...group((r) => r.type)].map(([type, v]) => ({
      type: type as ReceptionStats["byType"][number]["type"],
      ...v,
    })),
  };
}
