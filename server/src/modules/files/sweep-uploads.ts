import { and, asc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import type { Config } from "../../platform/config";
import type { Ctx } from "../../platform/context";
import { diskFileStore, type FileStore, lockContent } from "../../platform/files";
import { referencedAmong } from "./references";

const BATCH = 500;
const HOUR = 3_600_000;

/** Uploaded before these instants and still attached to nothing, a file is swept. */
export type SweepCutoffs = { portal: Date; staff: Date };

export function cutoffsAt(config: Config, now: Date): SweepCutoffs {
  const { portal, staff } = config.uploadRetentionHours;
  return { portal: new Date(now.getTime() - portal * HOUR), staff: new Date(now.getTime() - staff * HOUR) };
}

/** Portal uploads have no uploader (citizens); staff uploads keep theirs. */
const pastRetention = (cut: SweepCutoffs): SQL =>
  sql`${files.createdAt} < CASE WHEN ${files.uploadedBy} IS NULL
        THEN ${cut.portal.toISOString()}::timestamptz ELSE ${cut.staff.toISOString()}::timestamptz END`;

const jobCtx = (tx: Db, config: Config): Ctx => ({
  db: tx,
  config,
  actor: null,
  requestId: "job",
  locale: "vi",
  ip: null,
});

/**
 * Deletes, inside the caller's transaction, those of `ids` that are past retention and attached to
 * nothing, with one `files.sweep` audit event each; returns the deleted ids. The bytes are left to
 * `removeBytes` once this commits.
 *
 * Why this is safe against an attach running at the same time: every attach point reads the files it
 * attaches with FOR KEY SHARE, which conflicts with FOR UPDATE here. A row an attaching transaction
 * holds is skipped (SKIP LOCKED: the next run sees it again, by then referenced or not). A row locked
 * here first makes the attach wait for this commit, then find no file (a 400 "fileUnknown", never a
 * dangling id). A reference committed after the caller's candidate scan is caught by checking again
 * here, under the lock (each statement reads what is committed). An upload of the same bytes refreshes
 * `created_at` under a row lock, so it is either skipped or seen as fresh.
 */
export async function deleteUnreferenced(
  tx: Db,
  config: Config,
  ids: readonly string[],
  cut: SweepCutoffs,
): Promise<string[]> {
  if (ids.length === 0) {
    return [];
  }
  const locked = await tx
    .select()
    .from(files)
    .where(and(inArray(files.id, [...ids]), pastRetention(cut)))
    .orderBy(asc(files.id))
    .for("update", { skipLocked: true });
  const used = await referencedAmong(
    tx,
    locked.map((f) => f.id),
  );
  const gone = locked.filter((f) => !used.has(f.id));
  if (gone.length === 0) {
    return [];
  }
  await tx.delete(files).where(
    inArray(
      files.id,
      gone.map((f) => f.id),
    ),
  );
  const ctx = jobCtx(tx, config);
  for (const f of gone) {
    await recordAudit(tx, ctx, {
      action: "files.sweep",
      entityType: "file",
      entityId: f.id,
      unitId: f.unitId,
      before: f,
      reason: f.uploadedBy ? "staff upload attached to no record" : "portal upload attached to no record",
    });
  }
  return gone.map((f) => f.id);
}

/**
 * Removes the bytes of a deleted row, unless the same content was uploaded again meanwhile: under the
 * content lock that storeUpload also takes, so a re-upload either comes first (its row is seen) or
 * writes its bytes after this removal.
 */
export async function removeBytes(db: Db, store: FileStore, id: string): Promise<boolean> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await lockContent(tx, id);
    const [again] = await tx.select({ id: files.id }).from(files).where(eq(files.id, id));
    if (again) {
      return false;
    }
    await store.remove(id);
    return true;
  });
}

export type SweepResult = { scanned: number; deleted: number };

/**
 * Issue #2: uploads that were never attached to a record (a citizen who gave up before filing, an
 * officer's abandoned upload) are deleted once past retention, rows then bytes. Walks the files past
 * retention in keyset batches by id, so a large backlog never holds long locks or one huge transaction.
 */
export async function sweepUnfiledUploads(
  db: Db,
  config: Config,
  opts: { now?: Date; batchSize?: number; store?: FileStore } = {},
): Promise<SweepResult> {
  const cut = cutoffsAt(config, opts.now ?? new Date());
  const size = opts.batchSize ?? BATCH;
  const store = opts.store ?? diskFileStore(config.dataDir);
  let after = "";
  let scanned = 0;
  let deleted = 0;
  for (;;) {
    const page = (
      await db
        .select({ id: files.id })
        .from(files)
        .where(and(gt(files.id, after), pastRetention(cut)))
        .orderBy(asc(files.id))
        .limit(size)
    ).map((r) => r.id);
    scanned += page.length;
    const used = await referencedAmong(db, page);
    const candidates = page.filter((id) => !used.has(id));
    const gone =
      candidates.length === 0
        ? []
        : await db.transaction((tx) => deleteUnreferenced(tx as unknown as Db, config, candidates, cut));
    for (const id of gone) {
      await removeBytes(db, store, id);
    }
    deleted += gone.length;
    if (page.length < size) {
      return { scanned, deleted };
    }
    after = page.at(-1)!;
  }
}
