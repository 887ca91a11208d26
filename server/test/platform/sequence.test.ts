import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Db, queryRows } from "../../src/db/client";
import { newId } from "../../src/platform/ids";
import { DRAW_BLOCK, drawSequence } from "../../src/platform/sequence";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";
import { spyOnStatements } from "../support/statement-spy";

/** The day's numbers of online filings: drawn in blocks outside any transaction (issue #5's create path). */
describe(`drawSequence on ${DB_KIND}`, () => {
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

  const counterOf = async (key: string) => {
    const [row] = await queryRows<{ value: number }>(
      db,
      sql`SELECT value FROM code_sequences WHERE key = ${key}`,
    );
    return Number(row?.value ?? 0);
  };
  const drawInTurn = async (key: string, count: number) => {
    const numbers: number[] = [];
    for (let i = 0; i < count; i++) {
      numbers.push(await drawSequence(db, key));
    }
    return numbers;
  };
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it("drawSequence takes the next block while half of the current one is left, not when it runs out", async () => {
    const key = `test:${newId()}`;
    const half = DRAW_BLOCK / 2;
    expect(await drawInTurn(key, half)).toEqual(range(1, half));
    expect(await counterOf(key)).toBe(DRAW_BLOCK);
    // Fewer than half left after this one: the next block is taken in the background.
    expect(await drawSequence(db, key)).toBe(half + 1);
    await vi.waitFor(async () => expect(await counterOf(key)).toBe(2 * DRAW_BLOCK));

    // The rest of this block and the next one's first half go without a statement, in order.
    const { spy } = statementSpy();
    try {
      expect(await drawInTurn(key, DRAW_BLOCK - 1)).toEqual(range(half + 2, DRAW_BLOCK + half));
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(await drawSequence(db, key)).toBe(DRAW_BLOCK + half + 1);
    await vi.waitFor(async () => expect(await counterOf(key)).toBe(3 * DRAW_BLOCK));
  });

  it("drawSequence survives a failed draw ahead: the next draw tries it again, nobody sees its error", async () => {
    const key = `test:${newId()}`;
    const half = DRAW_BLOCK / 2;
    expect(await drawInTurn(key, half)).toEqual(range(1, half));
    const { spy } = statementSpy();
    spy.mockRejectedValueOnce(new Error("connection lost"));
    try {
      // This draw starts the draw ahead, which fails; its caller still gets its number.
      expect(await drawSequence(db, key)).toBe(half + 1);
      await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    } finally {
      spy.mockRestore();
    }
    expect(await counterOf(key)).toBe(DRAW_BLOCK);
    expect(await drawSequence(db, key)).toBe(half + 2);
    await vi.waitFor(async () => expect(await counterOf(key)).toBe(2 * DRAW_BLOCK));
    expect(await drawInTurn(key, DRAW_BLOCK)).toEqual(range(half + 3, DRAW_BLOCK + half + 2));
  });
});
