import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox, petitionEvents, petitionIdentities } from "../../../src/db/schema";
import { auditOf, call, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  addDays,
  buildWorld,
  classify,
  intake,
  intakeBody,
  petitionApp,
  todayVn,
  type World,
} from "./helpers";

const DENOUNCER = {
  fullName: "Phùng Thị Bí Mật",
  personalId: "040199912345",
  address: "Số 77 ngõ Kín Đáo, xóm Ẩn Danh",
  phone: "0987 654 321",
  email: "to.cao.bimat@example.vn",
};
const SECRETS = Object.values(DENOUNCER);
const leaks = (value: unknown) => {
  const text = JSON.stringify(value);
  return SECRETS.filter((s) => text.includes(s));
};

describe(`denouncer identity on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let id: string;
  let complaintId: string;
  let roles: [string, Session][];

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
    const den = await intake(t, w.as.receptionA, {
      ...intakeBody(w.a.id, { kind: "denunciation" }),
      summary: "Tố cáo cán bộ địa chính nhận tiền khi làm thủ tục",
      content:
        "Tôi tố cáo ông cán bộ địa chính xã đã nhận tiền của nhiều hộ khi làm thủ tục cấp giấy chứng nhận.",
      petitioner: DENOUNCER,
    });
    id = den.petition.id;
    expect(leaks(den)).toEqual([]);
    await classify(t, w.as.receptionA, id, { kind: "denunciation" });
    await call(t, "POST", `/api/v1/petitions/${id}/decide`, {
      session: w.as.receptionA,
      body: { action: "accept" },
    });
    await call(t, "POST", `/api/v1/petitions/${id}/assign`, {
      session: w.as.receptionA,
      body: { agencyId: w.agencyA.id, handlerId: w.people.handlerA.id },
    });
    await call(t, "POST", `/api/v1/petitions/${id}/urge`, {
      session: w.as.leaderA,
      body: { note: "Khẩn trương" },
    });
    // The same person, by personal ID, also complains about something else under another spelling of name.
    const complaint = await intake(t, w.as.receptionA, {
      ...intakeBody(w.a.id),
      petitioner: { ...DENOUNCER, fullName: "Phung Thi B", address: "Xóm khác", phone: null, email: null },
    });
    complaintId = complaint.petition.id;
    roles = Object.entries(w.as);
  });
  afterAll(async () => {
    await t.close();
  });

  it("stores the identity sealed, with no plain column", async () => {
    const [row] = await t.db.select().from(petitionIdentities).where(eq(petitionIdentities.petitionId, id));
    expect(row!.isSealed).toBe(true);
    expect(leaks(row)).toEqual([]);
  });

  it("shows it only to the assigned handler and the directing leaders, on the detail, auditing each read", async () => {
    const allowed = new Set(["handlerA", "leaderA", "leaderP"]);
    const visible = new Set(["receptionA", "leaderA", "handlerA", "inspector", "leaderP", "receptionP"]);
    const from = addDays(todayVn(), -30);
    const to = todayVn();
    const routes = [
      "/api/v1/petitions?status=any",
      `/api/v1/petitions?status=any&q=${encodeURIComponent(DENOUNCER.fullName)}`,
      "/api/v1/petitions?status=any&q=Bi%20Mat",
      `/api/v1/petitions?status=any&q=${DENOUNCER.personalId}`,
      `/api/v1/petitions/${id}/similar`,
      `/api/v1/petitions/${complaintId}/similar`,
      "/api/v1/petitions/board?dueWithinDays=60",
      `/api/v1/petitions/figures?from=${from}&to=${to}`,
      "/api/v1/petitions/export?status=any",
      "/api/v1/notifications",
      "/api/v1/tasks?view=all&status=any",
      "/api/v1/audit?limit=100",
    ];
    for (const [role, session] of roles) {
      for (const path of routes) {
        const res = await call(t, "GET", path, { session });
        expect([200, 403, 404], `${role} ${path}`).toContain(res.status);
        expect(leaks(res.body), `${role} ${path}`).toEqual([]);
      }
      const before = (await auditOf(t.db, "petitions.read-identity", id)).length;
      const detail = await call(t, "GET", `/api/v1/petitions/${id}`, { session });
      const after = await auditOf(t.db, "petitions.read-identity", id);
      if (!visible.has(role)) {
        expect(detail.status, role).toBe(404);
        expect(after.length).toBe(before);
        continue;
      }
      expect(detail.status, role).toBe(200);
      if (allowed.has(role)) {
        expect(detail.body.identity, role).toMatchObject(DENOUNCER);
        expect(detail.body.abilities.readIdentity).toBe(true);
        expect(after.length, role).toBe(before + 1);
        expect(after.at(-1)!.actorId).toBe(w.people[role as keyof World["people"]].id);
      } else {
        expect(leaks(detail.body), role).toEqual([]);
        expect(detail.body.identity).toBeNull();
        expect(detail.body.identityMasked).toBe(true);
        expect(detail.body.petitioner.name).toBe("Người tố cáo được giữ bí mật");
        expect(after.length, role).toBe(before);
      }
    }
  });

  it("masks the identity in the list for everyone, the allowed included", async () => {
    for (const session of [w.as.handlerA, w.as.leaderA]) {
      const list = await call(t, "GET", "/api/v1/petitions?status=any", { session });
      const item = list.body.items.find((p: { id: string }) => p.id === id);
      expect(item.petitioner).toMatchObject({ confidential: true, identifier: null });
      expect(leaks(list.body)).toEqual([]);
    }
  });

  it("never links the denouncer to their other petitions for those who may not read the identity", async () => {
    const asReception = await call(t, "GET", `/api/v1/petitions/${complaintId}/similar`, {
      session: w.as.receptionA,
    });
    expect(asReception.body.items.map((i: { petition: { id: string } }) => i.petition.id)).not.toContain(id);
    const asLeader = await call(t, "GET", `/api/v1/petitions/${complaintId}/similar`, {
      session: w.as.leaderA,
    });
    const hit = asLeader.body.items.find((i: { petition: { id: string } }) => i.petition.id === id);
    expect(hit.reasons).toContain("same_applicant");
  });

  it("keeps mutation answers, the timeline, staff messages and the audit trail free of the identity", async () => {
    const note = await call(t, "POST", `/api/v1/petitions/${id}/notes`, {
      session: w.as.handlerA,
      body: { note: "Đã xác minh" },
    });
    expect(note.status).toBe(200);
    expect(leaks(note.body)).toEqual([]);
    const resolved = await call(t, "POST", `/api/v1/petitions/${id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "12/KL-UBND", answer: "Kết luận nội dung tố cáo đúng một phần", publish: true },
    });
    expect(resolved.status).toBe(200);
    expect(leaks(resolved.body)).toEqual([]);
    expect(leaks(await t.db.select().from(petitionEvents))).toEqual([]);
    const audit = await t.db.select().from(auditEvents);
    expect(leaks(audit.map((a) => [a.before, a.after, a.reason, a.action]))).toEqual([]);
    const [intakeEvent] = await auditOf(t.db, "petitions.intake", id);
    expect((intakeEvent!.after as { identity: string }).identity).toBe("[sealed]");
    const staffMessages = await t.db.select().from(outbox).where(isNotNull(outbox.staffId));
    expect(leaks(staffMessages)).toEqual([]);
    const toDenouncer = await t.db.select().from(outbox).where(eq(outbox.recipient, DENOUNCER.email));
    expect(toDenouncer.length).toBeGreaterThan(0);
    expect(leaks(toDenouncer.map((m) => [m.subject, m.body]))).toEqual([]);
  });
});
