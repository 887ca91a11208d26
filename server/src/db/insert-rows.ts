import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";

/** Rows for one table, as its insert would take them (property names, JS values). */
export type RowSet = { table: PgTable; rows: Record<string, unknown>[] };

export function rowsOf<T extends PgTable>(table: T, ...rows: T["$inferInsert"][]): RowSet {
  return { table, rows: rows as Record<string, unknown>[] };
}

type Group = { table: PgTable; keys: string[]; rows: Record<string, unknown>[] };

/** Rows of a table that give the same columns go in one multi-row insert; a column not given keeps its default. */
function groupsOf(sets: RowSet[]): Group[] {
  const groups = new Map<string, Group>();
  for (const { table, rows } of sets) {
    for (const row of rows) {
      const keys = Object.keys(row)
        .filter((k) => row[k] !== undefined)
        .sort();
      const signature = `${getTableName(table)}|${keys.join(",")}`;
      let group = groups.get(signature);
      if (!group) {
        group = { table, keys, rows: [] };
        groups.set(signature, group);
      }
      group.rows.push(row);
    }
  }
  return [...groups.values()];
}

/**
 * One group's insert. The rows travel as one JSON parameter read by jsonb_populate_recordset, so the
 * statement's text and its parameter count stay the same whatever the number of rows: building it costs
 * next to nothing, where a query builder walking every value cost more than the insert itself.
 */
function insertOf({ table, keys, rows }: Group): SQL {
  const columns = getTableColumns(table);
  const names = keys.map((k) => {
    const column = columns[k];
    if (!column) {
      throw new Error(`insertRows: ${getTableName(table)} has no column ${k}`);
    }
    return column.name;
  });
  // Dates become ISO strings (as the driver sends them) and JSON columns stay JSON values.
  const payload = rows.map((row) => Object.fromEntries(keys.map((k, i) => [names[i], row[k] ?? null])));
  const list = sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  );
  return sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(payload)}::jsonb)`;
}

/**
 * Several tables' rows sent as one statement (data-modifying CTEs): one round trip, and all or nothing even
 * outside a transaction. A registration writes five to seven rows; a round trip each was most of its cost.
 * The inserts must not read each other's rows (a CTE does not see its siblings' writes).
 */
export async function insertRows(db: Db, sets: RowSet[]): Promise<void> {
  const inserts = groupsOf(sets).map(insertOf);
  const last = inserts.pop();
  if (!last) {
    return;
  }
  if (inserts.length === 0) {
    await db.execute(last);
    return;
  }
  const ctes = inserts.map((q, i) => sql`${sql.identifier(`w${i}`)} AS (${q})`);
  await db.execute(sql`WITH ${sql.join(ctes, sql`, `)} ${last}`);
}
