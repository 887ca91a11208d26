import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { queryRows } from "../db/client";

/**
 * Next number of a named counter, inside the caller's transaction. The row stays locked until commit,
 * so concurrent callers queue and a rolled-back number is reused: codes are unique and gapless.
 */
export async function nextSequence(tx: Db, key: string): Promise<number> {
  const [row] = await queryRows<{ value: number }>(
    tx,
    sql`INSERT INTO code_sequences (key, value) VALUES (${key}, 1)
        ON CONFLICT (key) DO UPDATE SET value = code_sequences.value + 1 RETURNING value`,
  );
  return Number(row!.value);
}

/** Numbers a process takes from a counter at a time for `drawSequence`. */
export const DRAW_BLOCK = 16;
const MAX_KEYS = 1000;

type Range = { next: number; last: number };
/** The numbers being handed out, the block taken ahead for when they run out, and its draw in flight. */
type Block = Range & { ahead: Range | null; refill?: Promise<void> };
const blocks = new WeakMap<Db, Map<string, Block>>();

/**
 * Next number of a named counter outside any transaction, unique but not gapless. The process takes
 * `DRAW_BLOCK` numbers at once and hands them out: the counter row is locked until its commit (one disk
 * flush), so taking one number per filing made every filing of a commune queue on that flush. The next
 * block is taken while half of the current one is left, so a burst of filings does not stop every
 * `DRAW_BLOCK` numbers to wait for it. Numbers a process held when it stopped, or drew for a filing that
 * then failed, are never used; two processes give out numbers from their own blocks, so codes follow the
 * order of filing only within a process.
 */
export async function drawSequence(db: Db, key: string): Promise<number> {
  let byKey = blocks.get(db);
  if (!byKey) {
    byKey = new Map();
    blocks.set(db, byKey);
  }
  for (;;) {
    let block = byKey.get(key);
    if (!block) {
      if (byKey.size >= MAX_KEYS) {
        byKey.clear();
      }
      block = { next: 1, last: 0, ahead: null };
      byKey.set(key, block);
    }
    if (block.next <= block.last) {
      const number = block.next++;
      if (!block.ahead && !block.refill && block.last - number < DRAW_BLOCK / 2) {
        // Taken ahead: a failure here is not the caller's, and the draw that needs the block retries it.
        refill(db, key, block).catch(() => undefined);
      }
      return number;
    }
    if (block.ahead) {
      block.next = block.ahead.next;
      block.last = block.ahead.last;
      block.ahead = null;
      continue;
    }
    await (block.refill ?? refill(db, key, block));
  }
}

function refill(db: Db, key: string, block: Block): Promise<void> {
  const drawing = reserve(db, key, DRAW_BLOCK)
    .then((last) => {
      block.ahead = { next: last - DRAW_BLOCK + 1, last };
    })
    .finally(() => {
      block.refill = undefined;
    });
  block.refill = drawing;
  return drawing;
}

async function reserve(db: Db, key: string, count: number): Promise<number> {
  const [row] = await queryRows<{ value: number }>(
    db,
    sql`INSERT INTO code_sequences (key, value) VALUES (${key}, ${count})
        ON CONFLICT (key) DO UPDATE SET value = code_sequences.value + ${count} RETURNING value`,
  );
  return Number(row!.value);
}
