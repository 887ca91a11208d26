import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, files, notifications, outbox } from "../../../src/db/schema";
import { deliverOutbox, enqueueMessage, notifyStaff } from "../../../src/platform/outbox";
import {
  buildProvince,
  buildStaff,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { pdfBytes, upload } from "../tasks/helpers";

const eventsOf = (t: TestApp, action: string, entityId: string) =>
  t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

describe(`ops on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let adminA: Session;
  let clerkA: Session;
  let clerk: Awaited<ReturnType<typeof buildStaff>>;
  let colleague: Awaited<ReturnType<typeof buildStaff>>;

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const admin = await buildStaff(t.db, { unitId: world.a.id, roles: ["admin"] });
    clerk = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk"] });
    colleague = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk"] });
    adminA = await signInFresh(t, admin.username);
    clerkA = await signInFresh(t, clerk.username);
    await notifyStaff(t.db, clerk.id, {
      subject: "Nhiệm vụ mới",
      body: "Bạn được giao nhiệm vụ",
      link: "/tasks/1",
    });
    await notifyStaff(t.db, clerk.id, { subject: "Sắp đến hạn", body: "Nhiệm vụ còn 1 ngày" }, ["in_app"]);
    await notifyStaff(t.db, colleague.id, { subject: "Việc của đồng nghiệp", body: "Không phải của bạn" });
    await enqueueMessage(t.db, "sms", "0912345678", {
      subject: "Hẹn trả kết quả",
      body: "Mời ông/bà đến nhận",
    });
    await deliverOutbox(t.db, t.config);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /ops/jobs/failed", () => {
    it("answers 401 anonymous and 403 without jobs.manage", async () => {
      expect((await call(t, "GET", "/api/v1/ops/jobs/failed")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/ops/jobs/failed", { session: clerkA });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    });

    it("is empty, without error, when pg-boss has not installed its schema", async () => {
      const res = await call(t, "GET", "/api/v1/ops/jobs/failed", { session: adminA });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ items: [] });
    });
  });

  describe("POST /ops/jobs/{queue}/{id}/retry", () => {
    const path = "/api/v1/ops/jobs/platform.outbox-deliver/123/retry";

    it("answers 401 anonymous, 403 without jobs.manage, 400 on an over-long queue name", async () => {
      expect((await call(t, "POST", path)).status).toBe(401);
      expect((await call(t, "POST", path, { session: clerkA })).status).toBe(403);
      const res = await call(t, "POST", `/api/v1/ops/jobs/${"q".repeat(201)}/1/retry`, { session: adminA });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["param.queue"]);
    });

    it("answers 404 when the job system is not running, rather than failing", async () => {
      const res = await call(t, "POST", path, { session: adminA });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
      expect(await eventsOf(t, "ops.retry-job", "123")).toEqual([]);
    });

    it("queues a dead letter again and records who did it", async () => {
      const retried: [string, string][] = [];
      const jobs = Object.assign(t.jobs, {
        retry: async (queue: string, id: string) => {
          retried.push([queue, id]);
        },
      });
      try {
        const res = await call(t, "POST", "/api/v1/ops/jobs/platform.outbox-deliver__dead/456/retry", {
          session: adminA,
        });
        expect(res.status).toBe(204);
        expect(retried).toEqual([["platform.outbox-deliver__dead", "456"]]);
        const [event] = await eventsOf(t, "ops.retry-job", "456");
        expect(event).toMatchObject({ entityType: "job", after: { queue: "platform.outbox-deliver__dead" } });
        expect(event!.actorId).not.toBeNull();
      } finally {
        Reflect.deleteProperty(jobs, "retry");
      }
    });
  });

  describe("POST /files", () => {
    it("records the upload in the audit trail with the file it stored", async () => {
      const res = await upload(t, clerkA, "bien-ban.pdf", pdfBytes());
      expect(res.status).toBe(201);
      const [row] = await t.db.select().from(files).where(eq(files.id, res.body.id));
      expect(row!.uploadedBy).toBe(clerk.id);
      const [event] = await eventsOf(t, "files.upload", res.body.id);
      expect(event).toMatchObject({
        actorId: clerk.id,
        entityType: "file",
        unitId: world.a.id,
        after: { id: res.body.id, name: "bien-ban.pdf", mime: "application/pdf" },
      });
    });

    it("records nothing when the upload is refused", async () => {
      const before = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "files.upload"));
      const res = await upload(t, clerkA, "x.exe", new TextEncoder().encode("MZ not a document"));
      expect(res.status).toBe(400);
      const after = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "files.upload"));
      expect(after).toHaveLength(before.length);
    });
  });

  describe("GET /ops/mailbox", () => {
    it("answers 401 anonymous and 403 without mailbox.read", async () => {
      expect((await call(t, "GET", "/api/v1/ops/mailbox")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/ops/mailbox", { session: clerkA });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    });

    it("lists e-mail and SMS held by the outbox, never in-app rows", async () => {
      const res = await call(t, "GET", "/api/v1/ops/mailbox", { session: adminA });
      expect(res.status).toBe(200);
      const items = res.body.items as {
        channel: string;
        recipient: string;
        subject: string;
        status: string;
      }[];
      expect(items.map((m) => m.channel).sort()).toEqual(["email", "email", "sms"]);
      expect(items.find((m) => m.channel === "sms")).toMatchObject({
        recipient: "0912345678",
        subject: "Hẹn trả kết quả",
        status: "sent",
      });
      expect(items.filter((m) => m.recipient === clerk.email).map((m) => m.subject)).toEqual([
        "Nhiệm vụ mới",
      ]);
      const rows = await t.db.select().from(outbox).where(eq(outbox.channel, "in_app"));
      expect(rows).toHaveLength(3);
    });

    it("does not exist in production", async () => {
      const prod = await createTestApp({ env: "production" });
      try {
        const { a } = await buildProvince(prod.db);
        const admin = await buildStaff(prod.db, { unitId: a.id, roles: ["admin"] });
        const session = await signInFresh(prod, admin.username);
        await notifyStaff(prod.db, admin.id, { subject: "Bí mật", body: "Không được lộ" }, ["email"]);
        const res = await call(prod, "GET", "/api/v1/ops/mailbox", { session });
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe("NOT_FOUND");
        expect(JSON.stringify(res.body)).not.toContain("Bí mật");
      } finally {
        await prod.close();
      }
    });
  });

  describe("GET /notifications", () => {
    it("answers 401 anonymous", async () => {
      expect((await call(t, "GET", "/api/v1/notifications")).status).toBe(401);
    });

    it("returns only the caller's own notifications, newest first, with the unread count", async () => {
      const res = await call(t, "GET", "/api/v1/notifications", { session: clerkA });
      expect(res.status).toBe(200);
      expect(res.body.unread).toBe(2);
      expect(res.body.items.map((n: { subject: string }) => n.subject).sort()).toEqual([
        "Nhiệm vụ mới",
        "Sắp đến hạn",
      ]);
      expect(res.body.items.find((n: { link: string | null }) => n.link === "/tasks/1")).toMatchObject({
        subject: "Nhiệm vụ mới",
        readAt: null,
      });
      const admin = await call(t, "GET", "/api/v1/notifications", { session: adminA });
      expect(admin.body).toEqual({ items: [], unread: 0 });
    });
  });

  describe("POST /notifications/{id}/read", () => {
    it("answers 401 anonymous and 400 on a malformed id", async () => {
      const [mine] = await t.db.select().from(notifications).where(eq(notifications.staffId, clerk.id));
      expect((await call(t, "POST", `/api/v1/notifications/${mine!.id}/read`)).status).toBe(401);
      const res = await call(t, "POST", "/api/v1/notifications/abc/read", { session: clerkA });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["param.id"]);
    });

    it("answers 404 for someone else's notification and leaves it unread", async () => {
      const [theirs] = await t.db.select().from(notifications).where(eq(notifications.staffId, colleague.id));
      const res = await call(t, "POST", `/api/v1/notifications/${theirs!.id}/read`, { session: clerkA });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
      const [after] = await t.db.select().from(notifications).where(eq(notifications.id, theirs!.id));
      expect(after!.readAt).toBeNull();
    });

    it("marks the caller's notification read and lowers the unread count", async () => {
      const [mine] = await t.db.select().from(notifications).where(eq(notifications.staffId, clerk.id));
      const res = await call(t, "POST", `/api/v1/notifications/${mine!.id}/read`, { session: clerkA });
      expect(res.status).toBe(204);
      const [row] = await t.db.select().from(notifications).where(eq(notifications.id, mine!.id));
      expect(row!.readAt).toBeInstanceOf(Date);
      const list = await call(t, "GET", "/api/v1/notifications", { session: clerkA });
      expect(list.body.unread).toBe(1);
      expect(list.body.items.find((n: { id: string }) => n.id === mine!.id).readAt).not.toBeNull();
    });
  });
});
