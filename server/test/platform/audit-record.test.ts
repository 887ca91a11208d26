import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema";
import { recordAudit, verifyAuditChain } from "../../src/platform/audit";
import type { Ctx } from "../../src/platform/context";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

describe(`what an audit event keeps on ${DB_KIND}`, () => {
  let t: TestApp;
  let ctx: Ctx;
  const stored = async (entityId: string) =>
    (await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)))[0]!;

  beforeAll(async () => {
    t = await createTestApp();
    ctx = { db: t.db, config: t.config, actor: null, requestId: "audit-record", locale: "vi", ip: null };
  });
  afterAll(async () => {
    await t.close();
  });

  it("keeps a creation's fields that have a value, with secrets redacted at any depth", async () => {
    await recordAudit(t.db, ctx, {
      action: "test.create",
      entityType: "test",
      entityId: "created",
      after: {
        code: "40-261204-0001",
        handlerId: null,
        decision: undefined,
        isGroup: false,
        signerCount: 0,
        note: "",
        pinHash: "secret-hash",
        nested: { token: "t", empty: null, list: [null, 1] },
      },
    });
    const event = await stored("created");
    expect(event.before).toBeNull();
    expect(event.after).toEqual({
      code: "40-261204-0001",
      isGroup: false,
      signerCount: 0,
      note: "",
      pinHash: "[redacted]",
      nested: { token: "[redacted]", empty: null, list: [null, 1] },
    });
  });

  it("keeps every field of a change, so a cleared field shows as cleared", async () => {
    await recordAudit(t.db, ctx, {
      action: "test.update",
      entityType: "test",
      entityId: "changed",
      before: { handlerId: "h1", password: "p" },
      after: { handlerId: null, password: "q" },
    });
    const event = await stored("changed");
    expect(event.before).toEqual({ handlerId: "h1", password: "[redacted]" });
    expect(event.after).toEqual({ handlerId: null, password: "[redacted]" });
  });

  it("seals both into a chain that verifies", async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, firstBrokenSeq: null });
  });
});
