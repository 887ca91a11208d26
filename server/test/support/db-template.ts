import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "../../src/db/client";

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
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    await migrateDatabase(database);
    await database.close();
    project.provide("postgresTemplate", name);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
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

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
