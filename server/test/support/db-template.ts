import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../src/db/client";
import { isAlive } from "../../src/db/dir-lock";

/**
 * Global setup of the server tests: one migrated database that every test file's database starts from.
 * On PGlite an empty database runs initdb and then the migrations, 4–6 s a test file on this machine, where
 * loading a dump of the migrated one takes about 1 s. On PostgreSQL the migrations took about 0.9 s a file,
 * where CREATE DATABASE … TEMPLATE copies a migrated one in under 0.1 s.
 */
export default async function setup(project: TestProject) {
  if (process.env.DANVAN_TEST_DB === "postgres") {
    const base = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
    const name = `danvan_test_template_${process.pid}`;
    // A run that was killed leaves its template: those of dead runs go first.
    const stale = await onAdmin(base, (admin) =>
      admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'danvan\\_test\\_template\\_%'",
      ),
    );
    for (const { datname } of stale.rows) {
      const pid = Number(datname.slice("danvan_test_template_".length));
      if (!isAlive(pid)) {
        await onAdmin(base, (admin) => admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`));
      }
    }
    await onAdmin(base, (admin) => admin.query(`CREATE DATABASE ${name}`));
    const url = new URL(base);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await migrateDatabase(database);
    await database.close();
    project.provide("postgresTemplate", name);
    return () => onAdmin(base, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
  const database = await openDatabase({ memory: true });
  await migrateDatabase(database);
  if (!database.pglite) {
    throw new Error("the PGlite template needs PGlite");
  }
  const dump = await database.pglite.dumpDataDir("none");
  await database.close();
  const file = path.join(os.tmpdir(), `danvan-pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}

/** One short connection per statement: none stays idle through the run (a dropped one would be uncaught). */
async function onAdmin<T>(base: string, run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
