import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client";
import { executePrepared } from "./prepared";

/** Rows for one table, as its insert would take them (property names, JS values). */
export type RowSet = { table: PgTable; rows: Record<string, unknown>[] };

export function rowsOf<T extends PgTable>(table: T, ...rows: T["$inferInsert"][]): RowSet {
  return { table, rows: rows as Record<string, unknown>[] };
}

type Column = { name: string; nullByDefault: boolean };
type Group = { signature: string; table: PgTable; keys: string[]; rows: Record<string, unknown>[] };

const tableColumns = new WeakMap<PgTable, Map<string, Column>>();

function columnsOf(table: PgTable): Map<string, Column> {
  let columns = tableColumns.get(table);
  if (!columns) {
    columns = new Map(
      Object.entries(getTableColumns(table)).map(([key, c]) => [
        key,
        { name: c.name, nullByDefault: !c.hasDefault && !c.notNull },
      ]),
    );
    tableColumns.set(table, columns);
  }
  return columns;
}

/**
 * Rows of a table that give the same columns go in one multi-row insert. A column not given keeps its
 * default, and a null for a column whose default is null is not sent at all (less to build and to carry).
 */
function groupsOf(sets: RowSet[]): Group[] {
  const groups = new Map<string, Group>();
  for (const { table, rows } of sets) {
    const columns = columnsOf(table);
    for (const row of rows) {
      const keys: string[] = [];
      for (const key in row) {
        const value = row[key];
        const column = columns.get(key);
        if (!column) {
          throw new Error(`insertRows: ${getTableName(table)} has no column ${key}`);
        }
        if (value !== undefined && !(value === null && column.nullByDefault)) {
          keys.push(key);
        }
      }
      const signature = `${getTableName(table)}|${keys.join(",")}`;
      let group = groups.get(signature);
      if (!group) {
        group = { signature, table, keys, rows: [] };
        groups.set(signature, group);
      }
      group.rows.push(row);
    }
  }
  return [...groups.values()];
}

// String.prototype.toWellFormed (Node 20) is newer than the TypeScript library this project targets.
const wellFormed = (s: string) => (s as string & { toWellFormed(): string }).toWellFormed();

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const MAX_STATEMENTS = 1000;
const statements = new Map<string, { head: SQL; names: string[] }>();

/** The statement's text for a table and its given columns, built once. */
function statementOf(signature: string, table: PgTable, keys: string[]) {
  let statement = statements.get(signature);
  if (!statement) {
    const columns = columnsOf(table);
    const names = keys.map((k) => columns.get(k)!.name);
    const list = names.map(quote).join(", ");
    const name = quote(getTableName(table));
    statement = {
      head: sql.raw(
        `INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${name}, `,
      ),
      names,
    };
    if (statements.size >= MAX_STATEMENTS) {
      statements.clear();
    }
    statements.set(signature, statement);
  }
  return statement;
}

/**
 * One group's insert. The rows travel as one JSON parameter read by jsonb_populate_recordset, so the
 * statement's text and its parameter count stay the same whatever the number of rows: building it costs
 * next to nothing, where a query builder walking every value cost more than the insert itself.
 */
function insertOf({ signature, table, keys, rows }: Group): SQL {
  const { head, names } = statementOf(signature, table, keys);
  // Dates become ISO strings (as the driver sends them) and JSON columns stay JSON values.
  const payload = rows.map((row) => {
    const named: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      named[names[i]!] = row[keys[i]!];
    }
    return named;
  });
  let json = JSON.stringify(payload);
  // JSON writes a lone surrogate as an escape that jsonb refuses, where a plain text parameter stored it
  // as U+FFFD; only then is it written again, each string made well-formed.
  if (json.includes("\\ud")) {
    json = JSON.stringify(payload, (_k, v: unknown) => (typeof v === "string" ? wellFormed(v) : v));
  }
  return sql`${head}${json}::jsonb)`;
}

/**
 * Several tables' rows sent as one statement (data-modifying CTEs): one round trip, and all or nothing even
 * outside a transaction. A registration writes five to seven rows; a round trip each was most of its cost.
 * The inserts must not read each other's rows (a CTE does not see its siblings' writes). On the pool the
 * statement is prepared once per connection (`executePrepared`): its text depends only on the tables and columns.
 */
export async function insertRows(db: Db, sets: RowSet[]): Promise<void> {
  const inserts = groupsOf(sets).map(insertOf);
  const last = inserts.pop();
  if (!last) {
    return;
  }
  if (inserts.length === 0) {
    await executePrepared(db, last);
    return;
  }
  const ctes = inserts.map((q, i) => sql`${sql.identifier(`w${i}`)} AS (${q})`);
  await executePrepared(db, sql`WITH ${sql.join(ctes, sql`, `)} ${last}`);
}
