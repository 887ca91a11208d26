import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { rowsOf } from "../db/insert-rows";
import { batchedReads } from "../db/read-batch";
import { idempotencyKeys } from "../db/schema";
import { conflict, invalid } from "./errors";

export const IDEMPOTENCY_HEADER = "idempotency-key";
const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,200}$/;

function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(",")}]`;
  }
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(",")}}`;
}

/** Hash of the validated request: the same body in another key order or spacing is the same request. */
export function requestHash(body: unknown): string {
  return createHash("sha256").update(canonical(body)).digest("hex");
}

export type Idempotent<T> = { status: number; response: T; replayed: boolean };

/** How a response is kept: e.g. seal a secret in it, since the table holds it in clear otherwise. */
export type ResponseCodec<T> = { store(response: T): unknown; load(stored: unknown): T };
const plain = { store: (r: unknown) => r, load: (s: unknown) => s };

/**
 * Runs `fn` once per (scope, key) inside the caller's transaction. The key row is inserted first, so a
 * concurrent retry waits on it and then reads the stored answer; a retry with the same key and the same
 * body gets the first response and creates nothing; the same key with another body is a 409.
 */
export async function idempotent<T>(
  tx: Db,
  opts: { scope: string; key: string | undefined; body: unknown },
  fn: () => Promise<{ status: number; response: T }>,
  codec: ResponseCodec<T> = plain as ResponseCodec<T>,
): Promise<Idempotent<T>> {
  if (opts.key === undefined) {
    return { ...(await fn()), replayed: false };
  }
  if (!KEY_PATTERN.test(opts.key)) {
    throw invalid(IDEMPOTENCY_HEADER, "invalidFormat");
  }
  const id = `${opts.scope}:${opts.key}`;
  const hash = requestHash(opts.body);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ key: id, scope: opts.scope, requestHash: hash, status: 0, response: {} })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, id));
    if (!stored || stored.requestHash !== hash) {
      throw conflict("idempotencyMismatch", [{ path: IDEMPOTENCY_HEADER, message: "idempotencyMismatch" }]);
    }
    return { status: stored.status, response: codec.load(stored.response), replayed: true };
  }
  const result = await fn();
  await tx
    .update(idempotencyKeys)
    .set({ status: result.status, response: codec.store(result.response) as object })
    .where(eq(idempotencyKeys.key, id));
  return { ...result, replayed: false };
}

const storedKey = batchedReads(async (db, keys) => {
  const rows = await db.select().from(idempotencyKeys).where(inArray(idempotencyKeys.key, keys));
  return new Map(rows.map((r) => [r.key, r]));
});

/**
 * The finished first answer stored under a key, read outside any transaction: for a caller whose write
 * failed on that key (`answerRow`, `isKeyTaken`), or one that checks before any work. Null when there is
 * none yet; the same key with another body is a 409. The keys of concurrent requests are looked up
 * together (`batchedReads`).
 */
export async function findReplay<T>(
  db: Db,
  opts: { scope: string; key: string | undefined; body: unknown },
  codec: ResponseCodec<T> = plain as ResponseCodec<T>,
): Promise<Idempotent<T> | null> {
  if (opts.key === undefined || !KEY_PATTERN.test(opts.key)) {
    return null;
  }
  const stored = await storedKey(db, `${opts.scope}:${opts.key}`);
  if (!stored || stored.status === 0) {
    return null;
  }
  if (stored.requestHash !== requestHash(opts.body)) {
    throw conflict("idempotencyMismatch", [{ path: IDEMPOTENCY_HEADER, message: "idempotencyMismatch" }]);
  }
  return { status: stored.status, response: codec.load(stored.response), replayed: true };
}

/** Forgets keys older than `days`; a retry after that creates a new record. */
export async function purgeIdempotencyKeys(db: Db, days: number): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.createdAt} < now() - make_interval(days => ${days})`)
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}

/**
 * The key row holding the finished answer, for a caller that writes it in the same statement as its work
 * (`insertRows`) instead of claiming the key first. A retry racing the first, or coming after it,
 * breaks the key's primary key, which undoes its whole statement (`isKeyTaken`); the caller then answers
 * with `findReplay`. Null without a key; check its form first (`checkIdempotencyKey`), before any work.
 */
export function answerRow<T>(
  opts: { scope: string; key: string | undefined; body: unknown },
  result: { status: number; response: T },
  codec: ResponseCodec<T> = plain as ResponseCodec<T>,
) {
  if (opts.key === undefined) {
    return null;
  }
  checkIdempotencyKey(opts.key);
  return rowsOf(idempotencyKeys, {
    key: `${opts.scope}:${opts.key}`,
    scope: opts.scope,
    requestHash: requestHash(opts.body),
    status: result.status,
    response: codec.store(result.response) as object,
  });
}

/** Whether a statement failed because its idempotency key was already taken (see `answerRow`). */
export function isKeyTaken(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const cause = e?.code ? e : e?.cause;
  return cause?.code === "23505" && cause.constraint === "idempotency_keys_pkey";
}

/** A key of the wrong form is refused before any work is done. */
export function checkIdempotencyKey(key: string | undefined) {
  if (key !== undefined && !KEY_PATTERN.test(key)) {
    throw invalid(IDEMPOTENCY_HEADER, "invalidFormat");
  }
}
