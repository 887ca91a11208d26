import { count, isNull, sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, queryRows } from "../../src/db/client";
import { auditEvents } from "../../src/db/schema";
import {
  pendingEvents,
  readPendingInOrder,
  recordAudit,
  sealAudit,
  startAuditSealer,
  verifyAuditChain,
} from "../../src/platform/audit";
import type { Ctx } from "../../src/platform/context";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

describe(`audit sealer on ${DB_KIND}`, () => {
  let t: TestApp;
  let ctx: Ctx;
  const unsealed = async () =>
    (await t.db.select({ n: count() }).from(auditEvents).where(isNull(auditEvents.chainPos)))[0]!.n;
  const record = (db: Db, action: string) =>
    recordAudit(db, ctx, { action, entityType: "test", entityId: action, after: { action } });

  beforeAll(async () => {
    t = await createTestApp();
    ctx = { db: t.db, config: t.config, actor: null, requestId: "sealer-test", locale: "vi", ip: null };
  });
  afterAll(async () => {
    await t.close();
  });

  it("records without a chain, then links every committed event in number order", async () => {
    await sealAudit(t.db, { wait: true });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.db.transaction((tx) => record(tx as unknown as Db, `a${i}`))),
    );
    expect(await unsealed()).toBe(40);
    expect(await sealAudit(t.db, { batch: 7 })).toBe(40);
    expect(await unsealed()).toBe(0);
    const chain = await verifyAuditChain(t.db);
    expect(chain.ok).toBe(true);
    const [{ n }] = (await t.db.select({ n: count() }).from(auditEvents)) as [{ n: number }];
    expect(chain.checked).toBe(n);
  });

  it("seals an event committed late with a lower number after the higher ones", async () => {
    const [drawn] = await queryRows<{ x: string }>(t.db, sql`SELECT nextval('audit_events_seq_seq') AS x`);
    const x = Number(drawn!.x);
    await t.db.execute(sql`SELECT setval('audit_events_seq_seq', ${x + 2})`);
    const insert = (seq: number, action: string) =>
      t.db.execute(
        sql`INSERT INTO audit_events (seq, at, action, entity_type) VALUES (${seq}, now(), ${action}, 'test')`,
      );
    // Transaction B drew x + 2 and committed first; A drew x + 1 and commits after B was sealed.
    await insert(x + 2, "first-committed");
    await sealAudit(t.db);
    await insert(x + 1, "late-committed");
    await sealAudit(t.db);
    const order = await queryRows<{ action: string }>(
      t.db,
      sql`SELECT action FROM audit_events WHERE seq IN (${x + 1}, ${x + 2}) ORDER BY chain_pos`,
    );
    expect(order.map((r) => r.action)).toEqual(["first-committed", "late-committed"]);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("reports a deleted or edited sealed event by its number", async () => {
    await record(t.db, "victim");
    await record(t.db, "witness");
    await sealAudit(t.db);
    const rows = await queryRows<{ seq: string }>(
      t.db,
      sql`SELECT seq FROM audit_events WHERE action IN ('victim', 'witness') ORDER BY seq`,
    );
    const [victim, witness] = rows.map((r) => Number(r.seq));
    await t.db.execute(sql`UPDATE audit_events SET reason = 'rewritten' WHERE seq = ${victim}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenSeq: victim });
    await t.db.execute(sql`DELETE FROM audit_events WHERE seq = ${victim}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBrokenSeq: witness });
  });

  it("seals in the background and once more when stopped", async () => {
    await t.db.execute(sql`DELETE FROM audit_events`);
    const sealer = startAuditSealer(t.db, pino({ level: "silent" }), 50);
    try {
      await record(t.db, "background");
      for (let i = 0; i < 100 && (await unsealed()) > 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await unsealed()).toBe(0);
      await record(t.db, "at-stop");
    } finally {
      await sealer.stop();
    }
    expect(await unsealed()).toBe(0);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 2, firstBrokenSeq: null });
  });

  it("reads the unsealed events through their partial index, in order, among many sealed ones", async () => {
    type Plan = { "Node Type": string; "Index Name"?: string; Plans?: Plan[] };
    const nodes = (p: Plan): Plan[] => [p, ...(p.Plans ?? []).flatMap(nodes)];
    const rollback = new Error("rollback");
    let plan: Plan[] = [];
    await t.db
      .transaction(async (tx0) => {
        const tx = tx0 as unknown as Db;
        // A province's table: many sealed events (positions far above any real one) and a few waiting.
        await tx.execute(sql`
          INSERT INTO audit_events (at, action, entity_type, chain_pos, prev_hash, hash)
          SELECT now(), 'plan.sealed', 'test', 1000000000 + g, 'x', 'x' FROM generate_series(1, 20000) g`);
        await tx.execute(sql`
          INSERT INTO audit_events (at, action, entity_type)
          SELECT now(), 'plan.waiting', 'test' FROM generate_series(1, 50)`);
        await tx.execute(sql`ANALYZE audit_events`);
        await readPendingInOrder(tx);
        const [row] = await queryRows<{ "QUERY PLAN": unknown }>(
          tx,
          sql`EXPLAIN (FORMAT JSON) ${pendingEvents(tx, 1000)}`,
        );
        const json = row!["QUERY PLAN"];
        const parsed = (typeof json === "string" ? JSON.parse(json) : json) as [{ Plan: Plan }];
        plan = nodes(parsed[0].Plan);
        throw rollback;
      })
      .catch((e) => {
        if (e !== rollback) {
          throw e;
        }
      });
    const types = plan.map((n) => n["Node Type"]);
    expect(types).toContain("Index Scan");
    expect(plan.find((n) => n["Node Type"] === "Index Scan")?.["Index Name"]).toBe("audit_unsealed_idx");
    // In index order: no sort, no whole-table read, no bitmap of every dead entry.
    expect(types).not.toContain("Sort");
    expect(types).not.toContain("Seq Scan");
    expect(types).not.toContain("Bitmap Heap Scan");
    expect(await queryRows(t.db, sql`SELECT 1 FROM audit_events WHERE action LIKE 'plan.%'`)).toEqual([]);
  });
});
