import { foldVietnamese, type TaskListQuery } from "@danvan/common";
import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { taskExtensions, tasks, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { todayVn } from "./internal";
import { presentTasks } from "./task.presenter";

const OPEN = ["assigned", "accepted", "in_progress", "returned", "submitted"];
/** Order and keyset condition per sort; the created-at key travels as Postgres text so no microsecond is lost. */
function ordering(sort: TaskListQuery["sort"], after: { sortKey: string; id: string } | null) {
  switch (sort) {
    case "due":
      return {
        orderBy: [asc(tasks.dueDate), asc(tasks.id)],
        after: after && sql`(${tasks.dueDate}, ${tasks.id}) > (${after.sortKey}::date, ${after.id}::uuid)`,
      };
    case "-due":
      return {
        orderBy: [desc(tasks.dueDate), desc(tasks.id)],
        after: after && sql`(${tasks.dueDate}, ${tasks.id}) < (${after.sortKey}::date, ${after.id}::uuid)`,
      };
    case "-created":
      return {
        orderBy: [desc(tasks.createdAt), desc(tasks.id)],
        after:
          after &&
          sql`(${tasks.createdAt}, ${tasks.id}) < (${after.sortKey}::timestamptz, ${after.id}::uuid)`,
      };
  }
}

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Boards: mine, my unit's, those I direct, or all I monitor; by state, source, due window; keyset-paged. */
export async function listTasks(ctx: Ctx, q: TaskListQuery) {
  const actor = requireActor(ctx);
  const today = todayVn();
  const order = ordering(q.sort, decodeCursor(q.cursor));
  const visible = or(
    eq(tasks.assigneeId, actor.id),
    eq(tasks.directorId, actor.id),
    eq(tasks.createdBy, actor.id),
    inScope(units.path, actor, "tasks.read"),
  ) as SQL;
  const view: Record<typeof q.view, SQL | undefined> = {
    mine: eq(tasks.assigneeId, actor.id),
    directing: eq(tasks.directorId, actor.id),
    unit: sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${actor.unitId}) || '%'`,
    all: undefined,
  };
  const status: Record<typeof q.status, SQL | undefined> = {
    open: inArray(tasks.status, OPEN),
    overdue: and(inArray(tasks.status, OPEN), sql`${tasks.dueDate} < ${today}`),
    done: eq(tasks.status, "done"),
    cancelled: eq(tasks.status, "cancelled"),
    any: undefined,
  };
  const text = q.q?.trim() ? `%${likeEscape(foldVietnamese(q.q))}%` : null;
  const rows = await ctx.db
    .select({
      t: tasks,
      unitName: units.name,
      unitPath: units.path,
      createdKey: sql<string>`${tasks.createdAt}::text`,
    })
    .from(tasks)
    .innerJoin(units, eq(units.id, tasks.unitId))
    .where(
      and(
        visible,
        view[q.view],
        status[q.status],
        q.source ? eq(tasks.sourceType, q.source) : undefined,
        q.sourceId ? eq(tasks.sourceId, q.sourceId) : undefined,
        q.dueWithinDays !== undefined
          ? and(inArray(tasks.status, OPEN), sql`${tasks.dueDate} <= ${addDays(today, q.dueWithinDays)}`)
          : undefined,
        q.publicPromise ? eq(tasks.isPublicPromise, q.publicPromise === "true") : undefined,
        q.unitId ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${q.unitId}) || '%'` : undefined,
        text
          ? sql`(lower(f_unaccent(${tasks.title})) LIKE ${text} OR lower(${tasks.code}) LIKE ${text})`
          : undefined,
        order.after ?? undefined,
      ),
    )
    .orderBy(...order.orderBy)
    .limit(q.limit + 1);
  const page = pageOf(rows, q.limit, (r) => [q.sort === "-created" ? r.createdKey : r.t.dueDate, r.t.id]);
  const ids = page.items.map((r) => r.t.id);
  const pending = ids.length
    ? await ctx.db
        .select({ taskId: taskExtensions.taskId })
        .from(taskExtensions)
        .where(and(inArray(taskExtensions.taskId, ids), eq(taskExtensions.status, "pending")))
    : [];
  const items = await presentTasks(
    ctx.db,
    actor,
    page.items.map((r) => ({
      t: r.t,
      extra: {
        unitName: r.unitName,
        unitPath: r.unitPath,
        extensionPending: pending.some((p) => p.taskId === r.t.id),
      },
    })),
  );
  return { items, nextCursor: page.nextCursor };
}
