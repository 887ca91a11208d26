import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, queryRows } from "../../src/db/client";
import { insertTogether } from "../../src/db/insert-together";
import { referenceCache } from "../../src/db/reference-cache";
import { rowAsInserted } from "../../src/db/row-as-inserted";
import { idempotencyKeys, outbox } from "../../src/db/schema";
import { answerInsert, isKeyTaken } from "../../src/platform/idempotency";
import { newId } from "../../src/platform/ids";
import { DRAW_BLOCK, drawSequence } from "../../src/platform/sequence";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

/** The pieces of the one-statement registration (issue #5's create bench): each on its own. */
describe(`write path primitives on ${DB_KIND}`, () => {
  let t: TestApp;
  let db: Db;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.db;
  });
  afterAll(async () => {
    await t?.close();
  });

  const message = (subject: string) => ({
    id: newId(),
    channel: "sms",
    recipient: "0912345678",
    subject,
    body: "b",
  });

  it("insertTogether writes every row in one statement, and none when one of them fails", async () => {
    await insertTogether(db, [
      db.insert(outbox).values(message("together-1")),
      db.insert(outbox).values(message("together-2")),
      db
        .insert(idempotencyKeys)
        .values({ key: "t:k1", scope: "t", requestHash: "h", status: 201, response: {} }),
    ]);
    expect(await db.select().from(outbox).where(like(outbox.subject, "together-%"))).toHaveLength(2);

    // The same key again: its primary key fails the statement, so the outbox row beside it is not kept.
    const failed = await insertTogether(db, [
      db.insert(outbox).values(message("together-3")),
      answerInsert(
        db,
        { scope: "t", key: "k1-is-long-enough", body: { a: 1 } },
        { status: 201, response: {} },
      )!,
      answerInsert(
        db,
        { scope: "t", key: "k1-is-long-enough", body: { a: 1 } },
        { status: 201, response: {} },
      )!,
    ]).catch((e: unknown) => e);
    expect(isKeyTaken(failed)).toBe(true);
    expect(await db.select().from(outbox).where(eq(outbox.subject, "together-3"))).toHaveLength(0);
    expect(await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.scope, "t"))).toHaveLength(1);
  });

  it("rowAsInserted fills defaults the way the table does", async () => {
    const now = new Date("2026-12-02T08:00:00.000Z");
    const row = rowAsInserted(outbox, message("as-inserted"), now);
    expect(row).toMatchObject({ status: "pending", attempts: 0, createdAt: now, link: null, sentAt: null });
    await db.insert(outbox).values(row);
    const [stored] = await db.select().from(outbox).where(eq(outbox.id, row.id));
    expect(stored).toEqual(row);
  });

  it("drawSequence hands out distinct numbers, taking the counter one block at a time", async () => {
    const key = `test:${newId()}`;
    const numbers = await Promise.all(Array.from({ length: DRAW_BLOCK + 3 }, () => drawSequence(db, key)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    const [counter] = await queryRows<{ value: number }>(
      db,
      sql`SELECT value FROM code_sequences WHERE key = ${key}`,
    );
    expect(Number(counter!.value)).toBe(2 * DRAW_BLOCK);
  });

  it("referenceCache reads once, again after invalidate, and never keeps a failed read", async () => {
    const cache = referenceCache<number>();
    let reads = 0;
    const load = async () => {
      reads += 1;
      return reads;
    };
    expect(await cache.get(db, "k", load)).toBe(1);
    expect(await cache.get(db, "k", load)).toBe(1);
    cache.invalidate();
    expect(await cache.get(db, "k", load)).toBe(2);
    await expect(cache.get(db, "bad", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get(db, "bad", load)).toBe(3);
    const shortLived = referenceCache<number>(0);
    expect(await shortLived.get(db, "k", load)).toBe(4);
    expect(await shortLived.get(db, "k", load)).toBe(5);
  });
});
