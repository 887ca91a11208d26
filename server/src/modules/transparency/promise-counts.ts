import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { tasks, units } from "../../db/schema";

/** How many promises were made to the people under a unit, how many are kept, how many are late. */
export async function promiseCounts(db: Db, path: string, today: string) {
  const [row] = await queryRows<{ total: number; done: number; overdue: number }>(
    db,
    sql`SELECT count(*)::int AS total,
          (count(*) FILTER (WHERE ${tasks.status} = 'done'))::int AS done,
          (count(*) FILTER (WHERE ${tasks.status} NOT IN ('done', 'cancelled')
                              AND ${tasks.dueDate} < ${today}))::int AS overdue
        FROM ${tasks} JOIN ${units} ON ${units.id} = ${tasks.unitId}
        WHERE ${tasks.isPublicPromise} AND ${units.path} LIKE ${`${path}%`}`,
  );
  return row ?? { total: 0, done: 0, overdue: 0 };
}
