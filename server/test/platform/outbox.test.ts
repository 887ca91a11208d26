import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { notifications, outbox } from "../../src/db/schema";
import type { Config } from "../../src/platform/config";
import { deliverOutbox, enqueueMessage, mailText, notifyStaff } from "../../src/platform/outbox";
import { buildStaff, buildUnit } from "../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";

/** Documented in outbox.ts: a message is given up after this many delivery attempts. */
const MAX_ATTEMPTS = 8;

describe(`outbox on ${DB_KIND}`, () => {
  let t: TestApp;
  let db: Db;
  let staffIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    db = t.db;
    const unit = await buildUnit(db);
    staffIds = [];
    for (let i = 0; i < 5; i++) {
      staffIds.push((await buildStaff(db, { unitId: unit.id })).id);
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(async () => {
    await db.delete(notifications);
    await db.delete(outbox);
  });

  const noSmtp = (): Config => ({ ...t.config, smtpUrl: undefined });
  const rowsWithSubject = (subject: string) => db.select().from(outbox).where(eq(outbox.subject, subject));
  /** Pretends time has passed: every pending row's lease or retry backoff has run out. */
  const expireLeases = () =>
    db.execute(sql`UPDATE outbox SET lease_until = now() - interval '1 second' WHERE status = 'pending'`);

  it("writes outbox rows only when the caller's transaction commits", async () => {
    const staffId = staffIds[0]!;
    await expect(
      db.transaction(async (tx) => {
        await notifyStaff(tx as unknown as Db, staffId, { subject: "rolled back", body: "b" });
        expect(
          await (tx as unknown as Db).select().from(outbox).where(eq(outbox.subject, "rolled back")),
        ).toHaveLength(2);
        throw new Error("abort the transaction");
      }),
    ).rejects.toThrow("abort the transaction");
    expect(await rowsWithSubject("rolled back")).toHaveLength(0);

    await db.transaction(async (tx) => {
      await notifyStaff(tx as unknown as Db, staffId, { subject: "committed", body: "b", link: "/tasks/1" });
    });
    const rows = await rowsWithSubject("committed");
    expect(rows.map((r) => r.channel).sort()).toEqual(["email", "in_app"]);
    const inApp = rows.find((r) => r.channel === "in_app")!;
    const email = rows.find((r) => r.channel === "email")!;
    expect(inApp.recipient).toBe(staffId);
    expect(email.recipient).toMatch(/@test\.local$/);
    for (const r of rows) {
      expect(r).toMatchObject({
        status: "pending",
        attempts: 0,
        staffId,
        link: "/tasks/1",
        leaseUntil: null,
      });
    }
  });

  it("writes nothing for an unknown staff member or a channel without an address", async () => {
    await db.transaction(async (tx) => {
      await notifyStaff(tx as unknown as Db, "00000000-0000-7000-8000-000000000000", {
        subject: "nobody",
        body: "b",
      });
      // Test staff have no phone: the SMS channel has no recipient.
      await notifyStaff(tx as unknown as Db, staffIds[0]!, { subject: "no phone", body: "b" }, ["sms"]);
    });
    expect(await rowsWithSubject("nobody")).toHaveLength(0);
    expect(await rowsWithSubject("no phone")).toHaveLength(0);
  });

  it("delivers in-app rows into notifications exactly once, even with concurrent and repeated runs", async () => {
    await db.transaction(async (tx) => {
      for (const staffId of staffIds) {
        for (let i = 0; i < 4; i++) {
          await notifyStaff(tx as unknown as Db, staffId, { subject: `bulk ${i}`, body: `body ${i}` });
        }
      }
    });
    const all = await db.select().from(outbox);
    expect(all).toHaveLength(staffIds.length * 4 * 2);

    // Four drainers with small batches compete for the same rows (truly concurrent on PostgreSQL).
    const config = noSmtp();
    const drain = async () => {
      let total = 0;
      for (;;) {
        const n = await deliverOutbox(db, config, 3);
        if (n === 0) {
          return total;
        }
        total += n;
      }
    };
    const claimed = await Promise.all([drain(), drain(), drain(), drain()]);
    expect(claimed.reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(await deliverOutbox(db, config)).toBe(0);

    const after = await db.select().from(outbox);
    for (const row of after) {
      expect(row.status).toBe("sent");
      expect(row.attempts).toBe(1);
      expect(row.leaseUntil).toBeNull();
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.transport).toBe(row.channel === "in_app" ? "in-app" : "dev-mailbox");
    }
    const delivered = await db.select().from(notifications);
    const inAppIds = after.filter((r) => r.channel === "in_app").map((r) => r.id);
    expect(delivered.map((n) => n.outboxId).sort()).toEqual([...inAppIds].sort());
    for (const n of delivered) {
      const source = after.find((r) => r.id === n.outboxId)!;
      expect(n).toMatchObject({
        staffId: source.staffId,
        subject: source.subject,
        body: source.body,
        readAt: null,
      });
    }

    // A second run after everything was sent changes nothing.
    await expireLeases();
    expect(await deliverOutbox(db, config)).toBe(0);
    expect(await db.select().from(notifications)).toHaveLength(delivered.length);
  });

  it("marks email as sent through the dev mailbox when no SMTP_URL is configured", async () => {
    await db.transaction(async (tx) => {
      await enqueueMessage(tx as unknown as Db, "email", "citizen@example.vn", {
        subject: "citizen mail",
        body: "b",
      });
    });
    expect(await deliverOutbox(db, noSmtp())).toBe(1);
    const [row] = await rowsWithSubject("citizen mail");
    expect(row).toMatchObject({
      status: "sent",
      transport: "dev-mailbox",
      attempts: 1,
      lastError: null,
      leaseUntil: null,
    });
    expect(await db.select().from(notifications)).toHaveLength(0);
  });

  it("keeps a message pending with its error when SMTP fails, and gives up after the last attempt", async () => {
    const config: Config = { ...t.config, smtpUrl: "smtp://127.0.0.1:1" };
    await db.transaction(async (tx) => {
      await notifyStaff(tx as unknown as Db, staffIds[1]!, { subject: "smtp down", body: "b" });
    });
    expect(await deliverOutbox(db, config)).toBe(2);

    const [inApp] = (await rowsWithSubject("smtp down")).filter((r) => r.channel === "in_app");
    expect(inApp).toMatchObject({ status: "sent", transport: "in-app" });
    const emailRow = async () => (await rowsWithSubject("smtp down")).find((r) => r.channel === "email")!;
    let email = await emailRow();
    expect(email.status).toBe("pending");
    expect(email.attempts).toBe(1);
    expect(email.lastError).toBeTruthy();
    expect(email.sentAt).toBeNull();
    // The retry waits for its backoff: the row is not claimed again straight away.
    expect(email.leaseUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(await deliverOutbox(db, config)).toBe(0);

    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      await expireLeases();
      expect(await deliverOutbox(db, config)).toBe(1);
      email = await emailRow();
      expect(email.attempts).toBe(attempt);
      expect(email.lastError).toBeTruthy();
      expect(email.status).toBe(attempt < MAX_ATTEMPTS ? "pending" : "failed");
    }
    // A failed message is never claimed again.
    await db.execute(sql`UPDATE outbox SET lease_until = now() - interval '1 second'`);
    expect(await deliverOutbox(db, config)).toBe(0);
    expect((await emailRow()).attempts).toBe(MAX_ATTEMPTS);
  });

  it("redelivers a claimed row whose lease expired (the claiming process crashed)", async () => {
    await db.transaction(async (tx) => {
      await notifyStaff(tx as unknown as Db, staffIds[2]!, { subject: "crashed", body: "b" }, ["in_app"]);
    });
    const [row] = await rowsWithSubject("crashed");
    // A sender claimed it (lease + attempt) and died before marking it.
    await db
      .update(outbox)
      .set({ leaseUntil: sql`now() + interval '120 seconds'`, attempts: 1 })
      .where(eq(outbox.id, row!.id));
    expect(await deliverOutbox(db, noSmtp())).toBe(0);
    expect(await db.select().from(notifications)).toHaveLength(0);

    await expireLeases();
    expect(await deliverOutbox(db, noSmtp())).toBe(1);
    const [after] = await rowsWithSubject("crashed");
    expect(after).toMatchObject({ status: "sent", attempts: 2, transport: "in-app", leaseUntil: null });
    const delivered = await db.select().from(notifications).where(eq(notifications.outboxId, row!.id));
    expect(delivered).toHaveLength(1);
  });

  it("does not duplicate an in-app notification when the crash came after the insert but before the mark", async () => {
    await db.transaction(async (tx) => {
      await notifyStaff(tx as unknown as Db, staffIds[3]!, { subject: "half done", body: "b" }, ["in_app"]);
    });
    expect(await deliverOutbox(db, noSmtp())).toBe(1);
    const [row] = await rowsWithSubject("half done");
    // Roll the mark back as if the process died right after inserting the notification.
    await db
      .update(outbox)
      .set({ status: "pending", sentAt: null, transport: null, leaseUntil: sql`now() - interval '1 second'` })
      .where(eq(outbox.id, row!.id));
    expect(await deliverOutbox(db, noSmtp())).toBe(1);
    const [after] = await rowsWithSubject("half done");
    expect(after).toMatchObject({ status: "sent", attempts: 2 });
    const delivered = await db
      .select()
      .from(notifications)
      .where(inArray(notifications.outboxId, [row!.id]));
    expect(delivered).toHaveLength(1);
  });
});

describe("mailText", () => {
  it("makes an in-app link absolute on the public address, and leaves others alone", () => {
    const msg = { body: "Đã tiếp nhận đơn", link: "/public/petitions/status?code=X-1" };
    expect(mailText(msg, "https://danvan.nghean.gov.vn/")).toBe(
      "Đã tiếp nhận đơn\n\nhttps://danvan.nghean.gov.vn/public/petitions/status?code=X-1",
    );
    expect(mailText(msg, undefined)).toBe("Đã tiếp nhận đơn\n\n/public/petitions/status?code=X-1");
    expect(mailText({ body: "b", link: "https://x.vn/a" }, "https://y.vn")).toBe("b\n\nhttps://x.vn/a");
    expect(mailText({ body: "b", link: null }, "https://y.vn")).toBe("b");
  });
});
