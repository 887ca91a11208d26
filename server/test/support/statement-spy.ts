import pg from "pg";
import { vi } from "vitest";
import type { Db } from "../../src/db/client";

/**
 * A spy on the call that sends a statement, with the original to pass through: the pool's `query` on
 * PostgreSQL (prepared statements and the query builder's alike go through it), `execute` on PGlite.
 */
export function spyOnStatements(db: Db) {
  type Send = (...args: unknown[]) => Promise<unknown>;
  const pool = (db as unknown as { $client?: unknown }).$client;
  const target = (pool instanceof pg.Pool ? pool : db) as unknown as Record<"query" | "execute", Send>;
  const method = pool instanceof pg.Pool ? "query" : "execute";
  const original = target[method].bind(target);
  return { spy: vi.spyOn(target, method), original };
}
