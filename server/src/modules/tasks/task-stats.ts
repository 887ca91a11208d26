import type { TaskStatsRow } from "@danvan/common";
import { inArray, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { staff, tasks, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { todayVn } from "./internal";

type Raw = {
  key: string;
  assigned: number;
  open: number;
  done_on_time: number;
  done_late: number;
  overdue: number;
  returned: number;
};

/**
 * Per person or per unit: assigned, open, done on time, done late, overdue, returned — the task figures
 * staff evaluation reads. On-time is the value stored at completion, never recomputed.
 */
export async function taskStats(ctx: Ctx, by: "assignee" | "unit"): Promise<TaskStatsRow[]> {
  const actor = requireActor(ctx);
  const today = todayVn();
  const key = by === "assignee" ? tasks.assigneeId : tasks.unitId;
  const rows = await queryRows<Raw>(
    ctx.db,
    sql`SELECT ${key}::text AS key,
          count(*)::int AS assigned,
          count(*) FILTER (WHERE ${tasks.status} NOT IN ('done','cancelled'))::int AS open,
          count(*) FILTER (WHERE ${tasks.status} = 'done' AND ${tasks.completedOnTime})::int AS done_on_time,
          count(*) FILTER (WHERE ${tasks.status} = 'done' AND NOT ${tasks.completedOnTime})::int AS done_late,
          count(*) FILTER (WHERE ${tasks.status} NOT IN ('done','cancelled') AND ${tasks.dueDate} < ${today})::int AS overdue,
          coalesce(sum(${tasks.returnCount}), 0)::int AS returned
        FROM ${tasks} JOIN ${units} ON ${units.id} = ${tasks.unitId}
        WHERE ${tasks.status} <> 'cancelled' AND ${inScope(units.path, actor, "tasks.read")}
        GROUP BY 1`,
  );
  const ids = rows.map((r) => r.key);
  const names = ids.length
    ? by === "assignee"
      ? await ctx.db.select({ id: staff.id, name: staff.fullName }).from(staff).where(inArray(staff.id, ids))
      : await ctx.db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids))
    : [];
  const collator = new Intl.Collator("vi");
  return rows
    .map((r) => ({
      key: r.key,
      name: names.find((n) => n.id === r.key)?.name ?? "",
      assigned: r.assigned,
      open: r.open,
      doneOnTime: r.done_on_time,
      doneLate: r.done_late,
      overdue: r.overdue,
      returned: r.returned,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
