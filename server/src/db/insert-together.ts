import { type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * Several inserts sent as one statement (data-modifying CTEs): one round trip, and all or nothing even
 * outside a transaction. A registration writes five to seven rows; a round trip each was most of its cost.
 * The inserts must not read each other's rows (a CTE does not see its siblings' writes).
 */
export async function insertTogether(db: Db, inserts: SQLWrapper[]): Promise<void> {
  const [last, ...before] = [...inserts].reverse();
  if (!last) {
    return;
  }
  if (before.length === 0) {
    await db.execute(last.getSQL());
    return;
  }
  const ctes = before.reverse().map((q, i) => sql`${sql.identifier(`w${i}`)} AS (${q.getSQL()})`);
  await db.execute(sql`WITH ${sql.join(ctes, sql`, `)} ${last.getSQL()}`);
}
