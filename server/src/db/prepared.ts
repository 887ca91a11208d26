import type { Db } from "./client";

/**
 * A statement prepared once per database and reused: for the public lookups, where building the query on
 * each request cost more than running it. Keyed by the database so tests with several stay apart.
 */
export function preparedPerDb<Q>(prepare: (db: Db) => Q): (db: Db) => Q {
  const prepared = new WeakMap<Db, Q>();
  return (db) => {
    let q = prepared.get(db);
    if (!q) {
      q = prepare(db);
      prepared.set(db, q);
    }
    return q;
  };
}
