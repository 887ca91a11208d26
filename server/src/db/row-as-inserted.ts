import { getTableColumns, is, SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/** defaultNow() and `default(sql\`now()\`)`: the only SQL default this knows the value of. */
function isNow(value: SQL): boolean {
  return JSON.stringify(value.queryChunks).replace(/\s/g, "").toLowerCase() === '[{"value":["now()"]}]';
}

/** What a column not given takes: its default function, now, or a constant (null without a default). */
type Fill = { key: string; fn?: () => unknown; now?: true; value?: unknown };

const plans = new WeakMap<PgTable, Fill[]>();

// Worked out once per table: reading the columns and recognising `now()` for every row was a twentieth of
// an online filing's CPU.
function planOf(table: PgTable): Fill[] {
  let plan = plans.get(table);
  if (!plan) {
    plan = Object.entries(getTableColumns(table)).map(([key, column]): Fill => {
      if (column.defaultFn) {
        return { key, fn: column.defaultFn };
      }
      if (is(column.default, SQL)) {
        if (!isNow(column.default)) {
          throw new Error(`rowAsInserted: the SQL default of ${key} is not known here`);
        }
        return { key, now: true };
      }
      return { key, value: column.default ?? null };
    });
    plans.set(table, plan);
  }
  return plan;
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
  for (const fill of planOf(table)) {
    const value = given[fill.key];
    row[fill.key] = value !== undefined ? value : fill.fn ? fill.fn() : fill.now ? now : fill.value;
  }
  return row as T["$inferSelect"];
}
