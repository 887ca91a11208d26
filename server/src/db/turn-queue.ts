import type { Db } from "./client";

/**
 * Collects what callers add for a database during one turn of the event loop and hands it all to `flush`
 * once, just after: the common ground of the batched public reads (`batchedReads`). Queues are per
 * database, so tests with several stay apart.
 */
export function turnQueue<T>(flush: (db: Db, items: T[]) => void): (db: Db, item: T) => void {
  const queues = new WeakMap<Db, T[]>();
  return (db, item) => {
    let queue = queues.get(db);
    if (!queue) {
      const items: T[] = [];
      queue = items;
      queues.set(db, items);
      setImmediate(() => {
        queues.delete(db);
        flush(db, items);
      });
    }
    queue.push(item);
  };
}

/** `items` in slices of at most `size`. */
export function slices<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
