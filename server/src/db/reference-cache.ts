import type { Db } from "./client";

type Entry<T> = { at: number; generation: number; value: Promise<T> };

const MAX_ENTRIES = 2000;

/**
 * Reference rows read on every registration and rarely changed (a unit, the rule version in force, a
 * weekend): kept per database for `ttlMs`, like the working calendars. A change made through this process
 * drops them at once (`invalidate`); another process sees it within `ttlMs`. A transaction is another
 * `Db` object, so reads inside one (which may see its own uncommitted changes) are never shared.
 */
export function referenceCache<T>(ttlMs = 30_000) {
  const byDb = new WeakMap<Db, Map<string, Entry<T>>>();
  let generation = 0;
  return {
    get(db: Db, key: string, load: () => Promise<T>): Promise<T> {
      let entries = byDb.get(db);
      if (!entries) {
        entries = new Map();
        byDb.set(db, entries);
      }
      const hit = entries.get(key);
      const now = Date.now();
      if (hit && hit.generation === generation && now - hit.at < ttlMs) {
        return hit.value;
      }
      if (entries.size >= MAX_ENTRIES) {
        entries.clear();
      }
      const value = load();
      const entry = { at: now, generation, value };
      entries.set(key, entry);
      // A failed read (a dropped connection) is not remembered.
      value.catch(() => entries.get(key) === entry && entries.delete(key));
      return value;
    },
    invalidate() {
      generation += 1;
    },
  };
}
