import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleLite } from "drizzle-orm/pglite";
import { migrate as migrateLite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDirLock, type DirLock } from "./dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  /** Present on the embedded engine; pg-boss attaches through it. */
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
};

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export type OpenOptions = {
  databaseUrl?: string;
  dataDir?: string;
  memory?: boolean;
  poolSize?: number;
  /** A PGlite data directory dump to start from (`dumpDataDir`): tests skip initdb and migrations with it. */
  template?: Blob;
};

/** Opens PostgreSQL when a URL is given, otherwise embedded PGlite (in memory, or on disk under a lock). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client dropped by the server (restart, failover, admin kill) emits "error" on the pool;
    // without a listener Node treats it as uncaught and the whole process exits. The pool replaces it.
    pool.on("error", (err) => {
      console.warn(`database: idle connection lost (${err.message}); the pool will reconnect`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: "postgres", pool, close: () => pool.end() };
  }
  let lock: DirLock | undefined;
  let dir: string | undefined;
  if (!opts.memory) {
    const dataDir = opts.dataDir ?? "./data";
    fs.mkdirSync(dataDir, { recursive: true });
    lock = acquireDirLock(dataDir);
    dir = path.join(dataDir, "pgdata");
  }
  try {
    const pglite = await PGlite.create(dir, {
      extensions: { unaccent, pg_trgm },
      loadDataDir: opts.template,
    });
    const db = drizzleLite(pglite, { schema }) as unknown as Db;
    return {
      db,
      kind: "pglite",
      pglite,
      close: async () => {
        await pglite.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "postgres") {
    await migratePg(database.db as never, { migrationsFolder });
  } else {
    await migrateLite(database.db as never, { migrationsFolder });
  }
}

/** Runs raw SQL and returns its rows, on either driver. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
