import { eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, openDatabase, queryRows } from "../../src/db/client";
import { insertRows, rowsOf } from "../../src/db/insert-rows";
import { batchedReads } from "../../src/db/read-batch";
import { referenceCache } from "../../src/db/reference-cache";
import { rowAsInserted } from "../../src/db/row-as-inserted";
import { idempotencyKeys, outbox } from "../../src/db/schema";
import { insertRowsBatched } from "../../src/db/write-batch";
import { answerRow, isKeyTaken } from "../../src/platform/idempotency";
import { newId } from "../../src/platform/ids";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";
import { spyOnStatements } from "../support/statement-spy";

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

  const statementSpy = () => spyOnStatements(db);

  const message = (subject: string) => ({
    id: newId(),
    channel: "sms",
    recipient: "0912345678",
    subject,
    body: "b",
  });

  it("insertRows writes every row in one statement, and none when one of them fails", async () => {
    await insertRows(db, [
      rowsOf(outbox, message("together-1"), message("together-2")),
      rowsOf(idempotencyKeys, { key: "t:k1", scope: "t", requestHash: "h", status: 201, response: {} }),
    ]);
    expect(await db.select().from(outbox).where(like(outbox.subject, "together-%"))).toHaveLength(2);

    // The same key again: its primary key fails the statement, so the outbox row beside it is not kept.
    const answer = () =>
      answerRow({ scope: "t", key: "k1-is-long-enough", body: { a: 1 } }, { status: 201, response: {} })!;
    const failed = await insertRows(db, [rowsOf(outbox, message("together-3")), answer(), answer()]).catch(
      (e: unknown) => e,
    );
    expect(isKeyTaken(failed)).toBe(true);
    expect(await db.select().from(outbox).where(eq(outbox.subject, "together-3"))).toHaveLength(0);
    expect(await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.scope, "t"))).toHaveLength(1);
  });

  it.runIf(DB_KIND === "postgres")(
    "on the PostgreSQL pool the shared insert is prepared once per connection, then only executed",
    async () => {
      // One connection, so the catalogue of prepared statements read below is the one the inserts used.
      const single = await openDatabase({ databaseUrl: t.config.databaseUrl!, poolSize: 1 });
      try {
        const key = (k: string) => ({
          key: `prep:${k}`,
          scope: "prep",
          requestHash: "h",
          status: 201,
          response: {},
        });
        await insertRows(single.db, [rowsOf(outbox, message("prep-1")), rowsOf(idempotencyKeys, key("a"))]);
        await insertRows(single.db, [
          rowsOf(outbox, message("prep-2"), message("prep-3")),
          rowsOf(idempotencyKeys, key("b"), key("c")),
        ]);
        const prepared = await queryRows<{ statement: string; runs: number }>(
          single.db,
          sql`SELECT statement, generic_plans + custom_plans AS runs FROM pg_prepared_statements
            WHERE statement LIKE '%INSERT INTO "outbox"%'`,
        );
        // One text for both batches, whatever their sizes: the rows travel as one JSON parameter.
        expect(prepared).toHaveLength(1);
        expect(Number(prepared[0]!.runs)).toBe(2);
        expect(await db.select().from(outbox).where(like(outbox.subject, "prep-%"))).toHaveLength(3);
        expect(await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.scope, "prep"))).toHaveLength(
          3,
        );
      } finally {
        await single.close();
      }
    },
  );

  it("insertRows inside a transaction writes on the transaction's connection, so a rollback undoes it", async () => {
    const undone = await db
      .transaction(async (tx) => {
        await insertRows(tx as unknown as Db, [rowsOf(outbox, message("in-tx-1"), message("in-tx-2"))]);
        const seen = await (tx as unknown as Db).select().from(outbox).where(like(outbox.subject, "in-tx-%"));
        expect(seen).toHaveLength(2);
        throw new Error("roll back");
      })
      .catch((e: unknown) => e);
    expect((undone as Error).message).toBe("roll back");
    expect(await db.select().from(outbox).where(like(outbox.subject, "in-tx-%"))).toHaveLength(0);
  });

  it("insertRows stores each kind of column as the query builder does, and leaves unnamed columns to their defaults", async () => {
    const at = new Date("2026-12-03T01:02:03.456Z");
    const rows = [{ id: newId() }, { id: newId() }];
    const values = (id: string, data: unknown) => ({
      id,
      channel: "email",
      recipient: "a@b.vn",
      subject: "kinds",
      body: "Đơn của ông/bà \"đã\" nhận\n'quote'",
      link: null,
      leaseUntil: at,
      lastError: JSON.stringify(data),
    });
    await insertRows(db, [rowsOf(outbox, values(rows[0]!.id, { a: [1, "2"] }))]);
    await db.insert(outbox).values(values(rows[1]!.id, { a: [1, "2"] }));
    const stored = await db.select().from(outbox).where(eq(outbox.subject, "kinds"));
    expect(stored).toHaveLength(2);
    const [mine, built] = rows.map((r) => stored.find((s) => s.id === r.id)!);
    expect({ ...mine, id: "", createdAt: null }).toEqual({ ...built, id: "", createdAt: null });
    expect(mine).toMatchObject({ status: "pending", attempts: 0, leaseUntil: at, sentAt: null });

    // JSON columns keep the JSON value itself: a string stays a string, null is SQL NULL.
    const key = (k: string, response: unknown) => ({
      key: k,
      scope: "kinds",
      requestHash: "h",
      status: 1,
      response,
    });
    await insertRows(db, [
      rowsOf(idempotencyKeys, key("kinds:1", "text"), key("kinds:2", { n: [1, { m: null }] })),
    ]);
    const read = await queryRows<{ key: string; kind: string; response: unknown }>(
      db,
      sql`SELECT key, jsonb_typeof(response) AS kind, response FROM idempotency_keys WHERE scope = 'kinds' ORDER BY key`,
    );
    expect(read.map((r) => [r.key, r.kind, r.response])).toEqual([
      ["kinds:1", "string", "text"],
      ["kinds:2", "object", { n: [1, { m: null }] }],
    ]);
    await expect(insertRows(db, [{ table: outbox, rows: [{ nothing: 1 }] }])).rejects.toThrow(
      /no column nothing/,
    );

    // A lone surrogate is stored as U+FFFD, as a text parameter stores it, instead of failing the insert.
    const lone = { ...values(newId(), null), subject: "lone", body: "Nguyễn \ud83d ✓ 😀" };
    await insertRows(db, [rowsOf(outbox, lone)]);
    const [kept] = await db.select().from(outbox).where(eq(outbox.id, lone.id));
    expect(kept!.body).toBe("Nguyễn \ufffd ✓ 😀");
  });

  it("insertRowsBatched writes concurrent callers in one statement, and a failing one alone", async () => {
    const { spy: execute } = statementSpy();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => insertRowsBatched(db, [rowsOf(outbox, message(`batched-${i}`))])),
    );
    expect(execute).toHaveBeenCalledTimes(1);
    execute.mockRestore();
    expect(await db.select().from(outbox).where(like(outbox.subject, "batched-%"))).toHaveLength(20);

    // One caller's taken key fails only that caller; the others' rows are written.
    await insertRows(db, [
      answerRow({ scope: "b", key: "taken-key-1", body: {} }, { status: 201, response: {} })!,
    ]);
    const results = await Promise.allSettled([
      insertRowsBatched(db, [rowsOf(outbox, message("batch-ok-1"))]),
      insertRowsBatched(db, [
        rowsOf(outbox, message("batch-bad")),
        answerRow({ scope: "b", key: "taken-key-1", body: {} }, { status: 201, response: {} })!,
      ]),
      insertRowsBatched(db, [rowsOf(outbox, message("batch-ok-2"))]),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(isKeyTaken((results[1] as PromiseRejectedResult).reason)).toBe(true);
    const subjects = (await db.select().from(outbox).where(like(outbox.subject, "batch-%"))).map(
      (r) => r.subject,
    );
    expect(subjects.sort()).toEqual(["batch-ok-1", "batch-ok-2"]);
  });

  it("insertRowsBatched writes a retry whose key is stored alone and the rest of its statement again together", async () => {
    const key = (k: string) => answerRow({ scope: "r", key: k, body: {} }, { status: 201, response: {} })!;
    await insertRows(db, [key("stored-key-1")]);
    const inserts = () =>
      send.mock.calls.filter((args) => JSON.stringify(args[0] ?? null).includes("INSERT INTO")).length;
    const { spy: send } = statementSpy();
    try {
      const results = await Promise.allSettled([
        ...Array.from({ length: 8 }, (_, i) =>
          insertRowsBatched(db, [rowsOf(outbox, message(`retry-ok-${i}`)), key(`fresh-key-${i}`)]),
        ),
        insertRowsBatched(db, [rowsOf(outbox, message("retry-bad")), key("stored-key-1")]),
        // The same key twice in one wave: the second waits for the next statement and fails there.
        insertRowsBatched(db, [rowsOf(outbox, message("twice-1")), key("twice-key-1")]),
        insertRowsBatched(db, [rowsOf(outbox, message("twice-2")), key("twice-key-1")]),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        ...Array.from({ length: 8 }, () => "fulfilled"),
        "rejected",
        "fulfilled",
        "rejected",
      ]);
      expect(isKeyTaken((results[8] as PromiseRejectedResult).reason)).toBe(true);
      expect(isKeyTaken((results[10] as PromiseRejectedResult).reason)).toBe(true);
      // The wave's statement fails; the retry goes alone and the nine others again as one; then the second
      // "twice-key-1" alone.
      expect(inserts()).toBe(4);
    } finally {
      send.mockRestore();
    }
    const subjects = (await db.select().from(outbox).where(like(outbox.subject, "retry-%")))
      .map((r) => r.subject)
      .sort();
    expect(subjects).toEqual(Array.from({ length: 8 }, (_, i) => `retry-ok-${i}`));
    expect(await db.select().from(outbox).where(like(outbox.subject, "twice-%"))).toHaveLength(1);
  });

  it("insertRowsBatched keeps one statement in flight: what arrives meanwhile goes in the next, together", async () => {
    const { spy: execute, original: run } = statementSpy();
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    // The first statement is held until the others have arrived.
    execute.mockImplementationOnce(async (...args: unknown[]) => {
      await held;
      return run(...args);
    });
    const first = insertRowsBatched(db, [rowsOf(outbox, message("wave-0"))]);
    await new Promise((r) => setImmediate(r));
    expect(execute).toHaveBeenCalledTimes(1);
    const later = Array.from({ length: 70 }, (_, i) =>
      insertRowsBatched(db, [rowsOf(outbox, message(`wave-${i + 1}`))]),
    );
    await new Promise((r) => setImmediate(r));
    expect(execute).toHaveBeenCalledTimes(1);
    release();
    await Promise.all([first, ...later]);
    // 70 waiting callers: one statement of 64, then one of 6.
    expect(execute).toHaveBeenCalledTimes(3);
    execute.mockRestore();
    expect(await db.select().from(outbox).where(like(outbox.subject, "wave-%"))).toHaveLength(71);
  });

  it("batchedReads asks once for the distinct keys of one turn and answers each caller its own row", async () => {
    const asked: string[][] = [];
    const lookup = batchedReads(async (_db, keys) => {
      asked.push(keys);
      return new Map(keys.filter((k) => k !== "missing").map((k) => [k, `row of ${k}`]));
    });
    const answers = await Promise.all(["a", "b", "a", "missing"].map((k) => lookup(db, k)));
    expect(answers).toEqual(["row of a", "row of b", "row of a", undefined]);
    expect(asked).toEqual([["a", "b", "missing"]]);
    const failing = batchedReads(() => Promise.reject(new Error("down")));
    await expect(Promise.all([failing(db, "x"), failing(db, "y")])).rejects.toThrow("down");
  });

  it("newId gives distinct UUIDv7s ordered by their millisecond", async () => {
    const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const first = Array.from({ length: 1000 }, newId);
    await new Promise((r) => setTimeout(r, 5));
    const later = newId();
    expect(first.every((id) => v7.test(id))).toBe(true);
    expect(new Set(first).size).toBe(first.length);
    const ms = (id: string) => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);
    expect(Math.abs(ms(first[0]!) - Date.now())).toBeLessThan(60_000);
    expect(later.slice(0, 13) > first[999]!.slice(0, 13)).toBe(true);
  });

  it("rowAsInserted fills defaults the way the table does", async () => {
    const now = new Date("2026-12-02T08:00:00.000Z");
    const row = rowAsInserted(outbox, message("as-inserted"), now);
    expect(row).toMatchObject({ status: "pending", attempts: 0, createdAt: now, link: null, sentAt: null });
    await db.insert(outbox).values(row);
    const [stored] = await db.select().from(outbox).where(eq(outbox.id, row.id));
    expect(stored).toEqual(row);
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
