import type { SessionDetail } from "@danvan/common";
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { receptionEntries, receptionRecords } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { presentEntries } from "./entry.presenter";
import { loadSession } from "./internal";
import { presentSessions } from "./session.presenter";

/** A session with its book (identities masked as in every list) and its records. */
export async function getSessionDetail(db: Db, ctx: Ctx, id: string): Promise<SessionDetail> {
  const actor = requireActor(ctx);
  const loaded = await loadSession(db, actor, id);
  const [session] = await presentSessions(db, actor, [loaded]);
  const rows = await db
    .select()
    .from(receptionEntries)
    .where(eq(receptionEntries.sessionId, id))
    .orderBy(asc(receptionEntries.seq));
  const entries = await presentEntries(
    db,
    actor,
    ctx.locale,
    rows.map((row) => ({ row, unitPath: loaded.unitPath, hostId: loaded.row.hostId })),
  );
  const records = await db
    .select({ id: receptionRecords.id, kind: receptionRecords.kind, subject: receptionRecords.subject })
    .from(receptionRecords)
    .where(eq(receptionRecords.sessionId, id))
    .orderBy(asc(receptionRecords.createdAt));
  return {
    ...session!,
    entries,
    records: records.map((r) => ({ ...r, kind: r.kind as "tripartite" | "working" })),
  };
}

export async function getSession(ctx: Ctx, id: string) {
  return getSessionDetail(ctx.db, ctx, id);
}
