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

/**
 * Next number of a named counter in a statement of its own, outside any transaction: no lock is held
 * while the caller's registration runs, so concurrent filings do not queue. Unique, not gapless: a number
 * drawn for a registration that then fails is never used.
 */
export async function drawSequence(db: Db, key: string): Promise<number> {
  return nextSequence(db, key);
}
