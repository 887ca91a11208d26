import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq, type SQL, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, queryRows } from "../../../src/db/client";
import { files } from "../../../src/db/schema";
import { assertFiles } from "../../../src/modules/consultations/internal";
import { filesSweepJob } from "../../../src/modules/files/files.jobs";
import { FILE_REFERENCES, type FileReference } from "../../../src/modules/files/references";
import { cutoffsAt, deleteUnreferenced, sweepUnfiledUploads } from "../../../src/modules/files/sweep-uploads";
import { AppError } from "../../../src/platform/errors";
import { diskFileStore, storeUpload } from "../../../src/platform/files";
import { JOB_DEFS } from "../../../src/server";
import { auditOf, buildStaff, buildUnit } from "../../support/factories";
import { createTestApp, DB_KIND, RecordingJobs, type TestApp } from "../../support/harness";

let t: TestApp;
let dataDir: string;
let staffId: string;
let seq = 0;

const bytesPath = (id: string) => path.join(dataDir, "files", id.slice(0, 2), id.slice(2, 4), id);
const onDisk = (id: string) =>
  fs.access(bytesPath(id)).then(
    () => true,
    () => false,
  );
const rowOf = async (id: string) => (await t.db.select().from(files).where(eq(files.id, id)))[0];

/** A real upload (a portal one without uploader, or a staff one), then aged by `hours`. */
async function upload(hours: number, by: "portal" | "staff" = "portal"): Promise<string> {
  seq += 1;
  const file = new File([`%PDF-1.4 sweep ${seq} ${Math.random()}`], `scan-${seq}.pdf`);
  const f = await t.db.transaction((tx) =>
    storeUpload(tx as unknown as Db, diskFileStore(dataDir), file, {
      uploadedBy: by === "staff" ? staffId : null,
      unitId: null,
    }),
  );
  await t.db.execute(
    sql`UPDATE files SET created_at = now() - make_interval(hours => ${hours}) WHERE id = ${f.id}`,
  );
  return f.id;
}

/** A value of a NOT NULL column without default; foreign keys are off for these rows. */
function filler(c: ReturnType<typeof getTableConfig>["columns"][number]): SQL {
  const values = (c as { enumValues?: string[] }).enumValues;
  if (values?.length) {
    return sql`${values[0]}`;
  }
  const type = c.getSQLType();
  if (type === "uuid") {
    return sql`gen_random_uuid()`;
  }
  if (/int|numeric|real|double/.test(type)) {
    return sql`1`;
  }
  if (type === "date") {
    return sql`current_date`;
  }
  if (type.startsWith("timestamp")) {
    return sql`now()`;
  }
  if (type === "boolean") {
    return sql`false`;
  }
  if (type === "jsonb") {
    return sql`'[]'::jsonb`;
  }
  return sql`gen_random_uuid()::text`;
}

/** A row of the reference's table holding `fileId` the way that column holds files. */
async function insertHolding(db: Db, ref: FileReference, fileId: string) {
  const cfg = getTableConfig(ref.table);
  const cols: string[] = [];
  const vals: SQL[] = [];
  for (const c of cfg.columns) {
    if (c.name !== ref.column.name && c.notNull && !c.hasDefault) {
      cols.push(c.name);
      vals.push(filler(c));
    }
  }
  cols.push(ref.column.name);
  const doc = { key: "don", name: "Đơn", form: "copy", count: 1, fileIds: [fileId] };
  vals.push(
    ref.holds === "id"
      ? sql`${fileId}`
      : sql`${JSON.stringify(ref.holds === "ids" ? [fileId] : [doc])}::jsonb`,
  );
  const insert = sql`INSERT INTO ${sql.identifier(cfg.name)} (${sql.join(
    cols.map((c) => sql.identifier(c)),
    sql`, `,
  )}) VALUES (${sql.join(vals, sql`, `)})`;
  const run = async (tx: Db) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(insert);
    await tx.execute(sql`SET LOCAL session_replication_role = origin`);
  };
  await run(db);
}

const inTx = <T>(fn: (tx: Db) => Promise<T>) => t.db.transaction((tx) => fn(tx as unknown as Db));

/** A transaction kept open until `commit()`, for interleaving with another one. */
function holdTransaction() {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  let ready!: (tx: Db) => void;
  const opened = new Promise<Db>((r) => {
    ready = r;
  });
  const done = inTx(async (tx) => {
    ready(tx);
    await gate;
  });
  return {
    opened,
    async commit() {
      release();
      await done;
    },
  };
}

/** On PostgreSQL, waits until some session is blocked on a lock (PGlite runs one transaction at a time). */
async function someoneWaits() {
  if (DB_KIND !== "postgres") {
    return;
  }
  for (let i = 0; i < 200; i++) {
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
    );
    if ((row?.n ?? 0) > 0) {
      return;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("nobody waited on a lock");
}

describe(`sweep of unfiled uploads on ${DB_KIND}`, () => {
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "danvan-sweep-"));
    t = await createTestApp({ dataDir });
    const unit = await buildUnit(t.db);
    staffId = (await buildStaff(t.db, { unitId: unit.id })).id;
  });
  afterAll(async () => {
    await t?.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it("is a registered hourly job", () => {
    expect(JOB_DEFS).toContain(filesSweepJob);
    expect(filesSweepJob.cron).toMatch(/^\d+ \* \* \* \*$/);
  });

  it("deletes an old portal upload attached to nothing: row, bytes, and an audit event", async () => {
    const id = await upload(25);
    expect(await onDisk(id)).toBe(true);
    const result = await sweepUnfiledUploads(t.db, t.config);
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    expect(await rowOf(id)).toBeUndefined();
    expect(await onDisk(id)).toBe(false);
    const [event] = await auditOf(t.db, "files.sweep", id);
    expect(event).toMatchObject({ entityType: "file", actorId: null });
    expect(event?.before).toMatchObject({ id, uploadedBy: null });
  });

  it("keeps an old upload held by each place a file id is stored", async () => {
    const held: string[] = [];
    for (const ref of FILE_REFERENCES) {
      const id = await upload(24 * 30, "staff");
      await inTx((tx) => insertHolding(tx, ref, id));
      held.push(id);
    }
    const loose = await upload(24 * 30, "staff");
    await sweepUnfiledUploads(t.db, t.config, { batchSize: 3 });
    for (const [i, id] of held.entries()) {
      const ref = FILE_REFERENCES[i]!;
      expect(await rowOf(id), `${getTableConfig(ref.table).name}.${ref.column.name}`).toBeDefined();
      expect(await onDisk(id)).toBe(true);
    }
    expect(await rowOf(loose)).toBeUndefined();
  });

  it("keeps uploads younger than their retention: 24 h for the portal, 7 days for staff", async () => {
    const portalFresh = await upload(23);
    const staffFresh = await upload(24 * 6, "staff");
    const staffOld = await upload(24 * 7 + 1, "staff");
    await sweepUnfiledUploads(t.db, t.config);
    expect(await rowOf(portalFresh)).toBeDefined();
    expect(await rowOf(staffFresh)).toBeDefined();
    expect(await rowOf(staffOld)).toBeUndefined();
    expect(cutoffsAt(t.config, new Date(0)).staff.getTime()).toBe(-168 * 3_600_000);
  });

  it("restarts the clock when the same bytes are uploaded again", async () => {
    seq += 1;
    const file = () => new File([`%PDF-1.4 again ${seq}`], "again.pdf");
    const store = diskFileStore(dataDir);
    const f = await inTx((tx) => storeUpload(tx, store, file(), { uploadedBy: null, unitId: null }));
    await t.db.execute(sql`UPDATE files SET created_at = now() - interval '30 hours' WHERE id = ${f.id}`);
    await inTx((tx) => storeUpload(tx, store, file(), { uploadedBy: null, unitId: null }));
    await sweepUnfiledUploads(t.db, t.config);
    expect(await rowOf(f.id)).toBeDefined();
    expect(await onDisk(f.id)).toBe(true);
  });

  it("checks references again under the lock: a file attached after the scan is kept", async () => {
    const id = await upload(48);
    const consultationsRef = FILE_REFERENCES.find((r) => getTableConfig(r.table).name === "consultations")!;
    await inTx((tx) => insertHolding(tx, consultationsRef, id));
    const gone = await inTx((tx) => deleteUnreferenced(tx, t.config, [id], cutoffsAt(t.config, new Date())));
    expect(gone).toEqual([]);
    expect(await rowOf(id)).toBeDefined();
  });

  it("skips a file an attaching transaction holds, which then commits its reference", async () => {
    const id = await upload(48);
    const ref = FILE_REFERENCES.find((r) => getTableConfig(r.table).name === "consultation_meetings")!;
    const attach = holdTransaction();
    const tx = await attach.opened;
    await assertFiles(tx, [id], "fileIds");
    const sweeping = sweepUnfiledUploads(t.db, t.config);
    if (DB_KIND === "postgres") {
      expect((await sweeping).deleted).toBe(0);
    }
    await insertHolding(tx, ref, id);
    await attach.commit();
    await sweeping;
    expect(await rowOf(id)).toBeDefined();
    expect(await onDisk(id)).toBe(true);
  });

  it("makes an attach that comes while the sweep holds the file fail with a 400, never a dangling id", async () => {
    const id = await upload(48);
    const sweep = holdTransaction();
    const tx = await sweep.opened;
    expect(await deleteUnreferenced(tx, t.config, [id], cutoffsAt(t.config, new Date()))).toEqual([id]);
    const attaching = inTx((tx2) => assertFiles(tx2, [id], "fileIds")).then(
      () => null,
      (e: unknown) => e,
    );
    await someoneWaits();
    await sweep.commit();
    const err = await attaching;
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).details).toEqual([{ path: "fileIds", message: "fileUnknown" }]);
  });

  it("does nothing more on a second run, and a file already gone from disk is fine", async () => {
    const id = await upload(30);
    await fs.rm(bytesPath(id));
    const run = () =>
      filesSweepJob.handler(
        { db: t.db, config: t.config, log: pino({ level: "silent" }), jobs: new RecordingJobs() },
        {},
      );
    await run();
    expect(await rowOf(id)).toBeUndefined();
    const events = (await auditOf(t.db, "files.sweep")).length;
    const left = await t.db.select({ id: files.id }).from(files);
    await run();
    expect((await auditOf(t.db, "files.sweep")).length).toBe(events);
    expect(await t.db.select({ id: files.id }).from(files)).toEqual(left);
  });
});
