import { getTableColumns, is, SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** defaultNow() and `default(sql\`now()\`)`: the only SQL default this knows the value of. */
function isNow(value: SQL): boolean {
  return JSON.stringify(value.queryChunks).replace(/\s/g, "").toLowerCase() === '[{"value":["now()"]}]';
}

/**
 * The whole row as the table would return it after inserting `values`: a column not given takes its
 * default (`now` for a timestamp defaulting to now(), null without a default). Inserting this row instead
 * of `values` stores exactly what the caller holds, so it needs no RETURNING to audit it.
 */
export function rowAsInserted<T extends PgTable>(
  table: T,
  values: T["$inferInsert"],
  now: Date,
): T["$inferSelect"] {
  const given = values as Record<string, unknown>;
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (given[key] !== undefined) {
      row[key] = given[key];
    } else if (column.defaultFn) {
      row[key] = column.defaultFn();
    } else if (is(column.default, SQL)) {
      if (!isNow(column.default)) {
        throw new Error(`rowAsInserted: the SQL default of ${key} is not known here`);
      }
      row[key] = now;
    } else {
      row[key] = column.default ?? null;
    }
  }
  return row as T["$inferSelect"];
}
