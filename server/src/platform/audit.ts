import { createHash } from "node:crypto";
import { asc, desc, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { type Db, queryRows } from "../db/client";
import { insertRows, type RowSet, rowsOf } from "../db/insert-rows";
import { auditEvents } from "../db/schema";
import type { Ctx } from "./context";

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Fields that never enter the audit trail, whatever entity they belong to. */
const SECRET_KEYS = new Set(["passwordHash", "password", "csrfToken", "pin", "pinHash", "token"]);
const GENESIS = "0".repeat(64);
const CHAIN_LOCK = 7_243_001;

/**
 * A copy with secrets redacted at any depth (cheaper than a JSON round trip with a replacer); with
 * `dropEmpty`, the top level's empty fields are left out.
 */
function redact(value: unknown, dropEmpty = false): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => redact(item));
  }
  // No prototype, so an own `__proto__` key is kept as data like any other.
  const copy: Record<string, unknown> = Object.create(null);
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const field = source[key];
    if (!(dropEmpty && (field === null || field === undefined))) {
      copy[key] = SECRET_KEYS.has(key) ? "[redacted]" : redact(field);
    }
  }
  return copy;
}

function sanitize(value: unknown): unknown {
  return value === undefined || value === null ? null : redact(value);
}

/**
 * A new record's fields that have a value, redacted: what a creation set. A table's row is mostly empty
 * columns when it is created (a petition: some 40 of 60), and they made the event twice as long to write,
 * store, seal and read. A column not listed was empty.
 */
function setFields(value: unknown): unknown {
  return value === undefined || value === null ? null : redact(value, true);
}

/**
 * Sorted keys at every depth. Its output is part of every sealed hash and must never change (pinned in
 * audit-hash.test.ts): an undefined array element is written as nothing, an undefined value as `undefined`.
 * Built by appending (the sealer hashes every event, and arrays of parts were most of its cost).
 */
function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) {
        out += ",";
      }
      const item = value[i] as unknown;
      out += item === undefined ? "" : canonical(item);
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = "{";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out += `${i > 0 ? "," : ""}${JSON.stringify(key)}:${canonical(obj[key])}`;
  }
  return `${out}}`;
}

type HashFields = {
  seq: number;
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  prevHash: string;
};

export function hashEvent(e: HashFields): string {
  const payload = canonical([
    e.seq,
    e.at.toISOString(),
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.unitId,
    e.before ?? null,
    e.after ?? null,
    e.reason,
    e.prevHash,
  ]);
  return createHash("sha256").update(payload).digest("hex");
}

/**
 * Writes one event inside the caller's transaction, so the event exists exactly when the change does.
 * No lock: the event gets its number from a sequence and waits for the sealer to link it into the chain.
 */
export async function recordAudit(tx: Db, ctx: Ctx, input: AuditInput): Promise<void> {
  await insertRows(tx, [auditRow(ctx, input)]);
}

/** The event's row, not yet written: for a caller that sends it with its other rows (`insertRows`). */
export function auditRow(ctx: Ctx, input: AuditInput): RowSet {
  return rowsOf(auditEvents, {
    at: new Date(),
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.fullName ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    unitId: input.unitId ?? null,
    before: sanitize(input.before),
    after:
      input.before === undefined || input.before === null ? setFields(input.after) : sanitize(input.after),
    reason: input.reason ?? null,
    requestId: ctx.requestId,
  });
}

/** An array literal of numbers or hex digests, which need no quoting (the query builder would spread an array). */
const toPgArray = (values: (number | string)[]) => `{${values.join(",")}}`;

const hashOf = (row: Omit<HashFields, "prevHash">, prevHash: string) => hashEvent({ ...row, prevHash });

/** The columns an event's hash covers: the sealer reads only these. */
const hashedColumns = {
  seq: auditEvents.seq,
  at: auditEvents.at,
  actorId: auditEvents.actorId,
  action: auditEvents.action,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  unitId: auditEvents.unitId,
  before: auditEvents.before,
  after: auditEvents.after,
  reason: auditEvents.reason,
};

/**
 * Each sealed event leaves its old version (and its index entries) until vacuum, which comes after a fifth
 * of the table. A bitmap scan visited every one of them on every run (20–30 ms a second after 8,000
 * filings, growing with the table); an index scan in order marks the dead entries it meets, and the next
 * runs skip them without reading the table. For the rest of the caller's transaction.
 */
export async function readPendingInOrder(tx: Db) {
  await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
}

/** The next unsealed events in number order (the partial index `audit_unsealed_idx` holds exactly them). */
export function pendingEvents(tx: Db, batch: number) {
  return tx
    .select(hashedColumns)
    .from(auditEvents)
    .where(isNull(auditEvents.chainPos))
    .orderBy(asc(auditEvents.seq))
    .limit(batch);
}

/**
 * Links committed, unsealed events into the hash chain in the order of their numbers, a batch per
 * transaction, under one advisory lock so a single sealer (of any node) extends the chain at a time.
 * An event committed late with a lower number is sealed after higher ones: the chain records the order
 * of sealing, and each event keeps its own number inside its hash.
 */
export async function sealAudit(db: Db, opts: { wait?: boolean; batch?: number } = {}): Promise<number> {
  const batch = opts.batch ?? 1000;
  let sealed = 0;
  for (;;) {
    const n = await db.transaction(async (t) => {
      const tx = t as unknown as Db;
      const lock = opts.wait
        ? await queryRows(tx, sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`).then(() => true)
        : await queryRows<{ got: boolean }>(
            tx,
            sql`SELECT pg_try_advisory_xact_lock(${CHAIN_LOCK}) AS got`,
          ).then((r) => r[0]?.got === true);
      if (!lock) {
        return 0;
      }
      await readPendingInOrder(tx);
      const pending = await pendingEvents(tx, batch);
      if (pending.length === 0) {
        return 0;
      }
      const [last] = await tx
        .select({ chainPos: auditEvents.chainPos, hash: auditEvents.hash })
        .from(auditEvents)
        .where(isNotNull(auditEvents.chainPos))
        .orderBy(desc(auditEvents.chainPos))
        .limit(1);
      const pos = last?.chainPos ?? 0;
      let prev = last?.hash ?? GENESIS;
      const seqs: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const row of pending) {
        const hash = hashOf(row, prev);
        seqs.push(row.seq);
        prevs.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      // Three arrays and the start position whatever the batch: four parameters per event made the query
      // builder walk thousands of values (about 30 µs of server CPU per event, measured).
      await tx.execute(sql`
        UPDATE audit_events AS a SET chain_pos = ${pos}::bigint + v.n, prev_hash = v.prev, hash = v.hash
        FROM unnest(${toPgArray(seqs)}::bigint[], ${toPgArray(prevs)}::text[], ${toPgArray(hashes)}::text[])
          WITH ORDINALITY AS v(seq, prev, hash, n)
        WHERE a.seq = v.seq`);
      return pending.length;
    });
    sealed += n;
    if (n < batch) {
      return sealed;
    }
  }
}

/** Seals about once a second in the background; one run at a time, and a last run when stopped. */
export function startAuditSealer(db: Db, log: Logger, everyMs = 1000): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) {
      return;
    }
    busy = true;
    running = sealAudit(db)
      .catch((err: unknown) => log.error({ err }, "audit sealer failed; it retries on the next tick"))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await sealAudit(db, { wait: true }).catch((err: unknown) =>
        log.error({ err }, "audit sealer: last run failed"),
      );
    },
  };
}

export type VerifyResult = { ok: boolean; checked: number; firstBrokenSeq: number | null };

/**
 * Seals what is pending, then walks the chain in order and reports the first event (by its number)
 * whose hash or link does not match, or whose place is missing.
 */
export async function verifyAuditChain(db: Db, batch = 2000): Promise<VerifyResult> {
  await sealAudit(db, { wait: true });
  let prevHash = GENESIS;
  let expectedPos = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.chainPos, expectedPos - 1))
      .orderBy(asc(auditEvents.chainPos))
      .limit(batch);
    for (const row of rows) {
      if (row.chainPos !== expectedPos || row.prevHash !== prevHash || row.hash !== hashOf(row, prevHash)) {
        return { ok: false, checked, firstBrokenSeq: row.seq };
      }
      prevHash = row.hash;
      expectedPos += 1;
      checked += 1;
    }
    if (rows.length < batch) {
      return { ok: true, checked, firstBrokenSeq: null };
    }
  }
}
