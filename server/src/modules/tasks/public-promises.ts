import type { PublicPromise, PublicPromiseUnit, TaskSource, TaskStatus } from "@danvan/common";
import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tasks, units } from "../../db/schema";
import { notFound } from "../../platform/errors";
import { isOverdue } from "./task.presenter";

function present(t: typeof tasks.$inferSelect, unitName: string): PublicPromise {
  const done = t.status === "done";
  return {
    id: t.id,
    code: t.code,
    title: t.publicTitle ?? t.title,
    summary: t.publicSummary ?? "",
    unitId: t.unitId,
    unitName,
    status: t.status as TaskStatus,
    dueDate: t.dueDate,
    isOverdue: isOverdue(t),
    progress: t.progress,
    evidenceSummary: done ? t.evidenceSummary : null,
    completedAt: t.completedAt?.toISOString() ?? null,
    source: t.sourceType as TaskSource,
    updatedAt: t.updatedAt.toISOString(),
  };
}

/** "Dân kiểm tra": promises made to the people, their state and evidence — no staff names leave. */
export async function listPublicPromises(
  db: Db,
  opts: { unitId?: string; sourceType?: string; sourceId?: string; limit: number },
) {
  const rows = await db
    .select({ t: tasks, unitName: units.name })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(
      and(
        eq(tasks.isPublicPromise, true),
        opts.unitId
          ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${opts.unitId}) || '%'`
          : undefined,
        opts.sourceType ? eq(tasks.sourceType, opts.sourceType) : undefined,
        opts.sourceId ? eq(tasks.sourceId, opts.sourceId) : undefined,
      ),
    )
    .orderBy(desc(tasks.updatedAt))
    .limit(opts.limit);
  return rows.map((r) => present(r.t, r.unitName));
}

export async function getPublicPromise(db: Db, id: string) {
  const [row] = await db
    .select({ t: tasks, unitName: units.name })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(and(eq(tasks.id, id), eq(tasks.isPublicPromise, true)));
  if (!row) {
    throw notFound("promise");
  }
  return present(row.t, row.unitName);
}

/** Units that have made public promises, with how many, for the public page's filter. */
export async function listPublicPromiseUnits(db: Db): Promise<PublicPromiseUnit[]> {
  const rows = await db
    .select({ id: units.id, name: units.name, count: count() })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(eq(tasks.isPublicPromise, true))
    .groupBy(units.id, units.name)
    .limit(1000);
  const collator = new Intl.Collator("vi");
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
