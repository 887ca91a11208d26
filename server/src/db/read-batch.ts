import type { Db } from "./client";

type Waiting<V> = { resolve: (value: V | undefined) => void; reject: (err: unknown) => void };

const MAX_KEYS = 500;

/**
 * Reads by key from requests that arrive in the same turn of the event loop go as one query (`read` gets
 * the distinct keys, at most 500, and answers the rows it found by key): one round trip for many public
 * requests instead of one each. Only for a pooled database: the read does not see a caller's transaction.
 */
export function batchedReads<V>(
  read: (db: Db, keys: string[]) => Promise<Map<string, V>>,
): (db: Db, key: string) => Promise<V | undefined> {
  const queues = new WeakMap<Db, Map<string, Waiting<V>[]>>();

  async function run(db: Db, batch: [string, Waiting<V>[]][]) {
    try {
      const found = await read(
        db,
        batch.map(([key]) => key),
      );
      for (const [key, waiting] of batch) {
        for (const w of waiting) {
          w.resolve(found.get(key));
        }
      }
    } catch (err) {
      for (const [, waiting] of batch) {
        for (const w of waiting) {
          w.reject(err);
        }
      }
    }
  }

  function flush(db: Db) {
    const queue = [...(queues.get(db) ?? new Map<string, Waiting<V>[]>())];
    queues.delete(db);
    for (let i = 0; i < queue.length; i += MAX_KEYS) {
      void run(db, queue.slice(i, i + MAX_KEYS));
    }
  }

  return (db, key) =>
    new Promise((resolve, reject) => {
      let queue = queues.get(db);
      if (!queue) {
        queue = new Map();
        queues.set(db, queue);
        setImmediate(() => flush(db));
      }
      const waiting = queue.get(key) ?? [];
      waiting.push({ resolve, reject });
      queue.set(key, waiting);
    });
}
