import type { Db } from "./client";
import { slices, turnQueue } from "./turn-queue";

type Waiting<V> = { key: string; resolve: (value: V | undefined) => void; reject: (err: unknown) => void };

const MAX_KEYS = 500;

/**
 * Reads by key from requests that arrive in the same turn of the event loop go as one query (`read` gets
 * the distinct keys, at most 500, and answers the rows it found by key): one round trip for many public
 * requests instead of one each. Only for a pooled database: the read does not see a caller's transaction.
 */
export function batchedReads<V>(
  read: (db: Db, keys: string[]) => Promise<Map<string, V>>,
): (db: Db, key: string) => Promise<V | undefined> {
  async function run(db: Db, keys: string[], waiting: Waiting<V>[]) {
    try {
      const found = await read(db, keys);
      for (const w of waiting) {
        w.resolve(found.get(w.key));
      }
    } catch (err) {
      for (const w of waiting) {
        w.reject(err);
      }
    }
  }

  const enqueue = turnQueue<Waiting<V>>((db, waiting) => {
    for (const keys of slices([...new Set(waiting.map((w) => w.key))], MAX_KEYS)) {
      const mine = new Set(keys);
      void run(
        db,
        keys,
        waiting.filter((w) => mine.has(w.key)),
      );
    }
  });

  return (db, key) => new Promise((resolve, reject) => enqueue(db, { key, resolve, reject }));
}
