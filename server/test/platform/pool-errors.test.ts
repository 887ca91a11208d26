import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../../src/db/client";
import { DB_KIND, openTestDatabase } from "../support/harness";

// PostgreSQL only: PGlite has no connection that the server can drop.
describe.runIf(DB_KIND === "postgres")("the connection pool on postgres", () => {
  it("survives the server killing its idle connections and reconnects", async () => {
    const { database, drop } = await openTestDatabase();
    try {
      // Several idle clients in the pool, each a backend the server can terminate.
      await Promise.all([1, 2, 3].map(() => queryRows(database.db, sql`SELECT pg_sleep(0.05)`)));
      const [current] = await queryRows<{ name: string }>(
        database.db,
        sql`SELECT current_database() AS name`,
      );
      const name = current!.name;
      const admin = await openTestDatabase();
      try {
        const killed = await queryRows(
          admin.database.db,
          sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ${name}`,
        );
        expect(killed.length).toBeGreaterThan(0);
      } finally {
        await admin.drop();
      }
      // Without a pool "error" listener the terminated idle client crashes the worker here.
      await new Promise((r) => setTimeout(r, 200));
      const [row] = await queryRows<{ one: number }>(database.db, sql`SELECT 1 AS one`);
      expect(Number(row!.one)).toBe(1);
    } finally {
      await drop();
    }
  });
});
