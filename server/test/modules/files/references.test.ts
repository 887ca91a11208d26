import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../../src/db/schema";
import { FILE_REFERENCES, NOT_FILE_COLUMNS } from "../../../src/modules/files/references";

const LOOKS_LIKE_FILES = /file|attach|document|evidence|scan|upload/i;

const tables = (Object.values(schema) as unknown[]).filter(
  (v): v is PgTable => is(v, PgTable) && v !== schema.files,
);
const keyOf = (table: PgTable, column: string) => `${getTableConfig(table).name}.${column}`;

describe("places a file id is stored", () => {
  it("lists every schema column that looks like it holds files, as a reference or as not one", () => {
    const suspects = tables.flatMap((t) =>
      getTableConfig(t)
        .columns.filter((c) => LOOKS_LIKE_FILES.test(c.name))
        .map((c) => keyOf(t, c.name)),
    );
    const listed = new Set([
      ...FILE_REFERENCES.map((r) => keyOf(r.table, r.column.name)),
      ...Object.keys(NOT_FILE_COLUMNS),
    ]);
    // A new column holding file ids goes into FILE_REFERENCES, or the sweep deletes its files.
    expect(suspects.filter((k) => !listed.has(k))).toEqual([]);
    expect(suspects.length).toBeGreaterThan(FILE_REFERENCES.length);
  });

  it("names only columns that exist, each once, with the type its holding needs", () => {
    const all = new Set(tables.flatMap((t) => getTableConfig(t).columns.map((c) => keyOf(t, c.name))));
    for (const key of Object.keys(NOT_FILE_COLUMNS)) {
      expect(all.has(key), key).toBe(true);
    }
    const refs = FILE_REFERENCES.map((r) => keyOf(r.table, r.column.name));
    expect(new Set(refs).size).toBe(refs.length);
    for (const r of FILE_REFERENCES) {
      expect(getTableConfig(r.table).columns, keyOf(r.table, r.column.name)).toContain(r.column);
      expect(r.column.getSQLType()).toBe(r.holds === "id" ? "text" : "jsonb");
    }
  });
});
