import type { Db } from "./client";
import { insertRows, type RowSet } from "./insert-rows";
import { slices, turnQueue } from "./turn-queue";

type Waiting = { sets: RowSet[]; done: () => void; failed: (err: unknown) => void };

const MAX_BATCH = 64;

async function write(db: Db, batch: Waiting[]) {
  try {
    await insertRows(
      db,
      batch.flatMap((w) => w.sets),
    );
    for (const w of batch) {
      w.done();
    }
  } catch (err) {
    if (batch.length === 1) {
      batch[0]!.failed(err);
      return;
    }
    // One bad write (a taken idempotency key, a row a constraint refuses) undoes the whole statement:
    // each is then written alone, so only its own caller sees its error.
    await Promise.all(batch.map((w) => write(db, [w])));
  }
}

const enqueue = turnQueue<Waiting>((db, waiting) => {
  for (const batch of slices(waiting, MAX_BATCH)) {
    void write(db, batch);
  }
});

/**
 * Group commit: the rows of writes that arrive in the same turn of the event loop (concurrent public
 * filings) are inserted by one statement, with one round trip and one commit (one WAL flush) for all of
 * them. Each caller's promise settles when the statement holding its rows has committed, so an answer is
 * never sent for a write that is not durable. Only for a pooled database, never inside a transaction.
 */
export function insertRowsBatched(db: Db, sets: RowSet[]): Promise<void> {
  return new Promise((done, failed) => enqueue(db, { sets, done, failed }));
}
