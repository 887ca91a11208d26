import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { verifyAuditChain } from "../../../src/platform/audit";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

const newVersion = (over: Record<string, unknown> = {}) => ({
  code: "reception.reply",
  kind: "deadline",
  nameVi: "Trả lời công dân sau khi tiếp nhận",
  nameEn: "Reply to the citizen after reception",
  value: { amount: 15, basis: "working_days" },
  effectiveFrom: "2027-01-01",
  sourceRef: "Luật TCD sửa đổi (giả định)",
  verified: false,
  ...over,
});

describe(`rule versions on ${DB_KIND}`, () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    expect(await ensureDefaultRules(t.db)).toBeGreaterThan(30);
    const root = await buildUnit(t.db);
    admin = await signIn(t, (await buildStaff(t.db, { unitId: root.id, roles: ["admin"] })).username);
    leader = await signIn(t, (await buildStaff(t.db, { unitId: root.id, roles: ["leader"] })).username);
  });
  afterAll(async () => {
    await t.close();
  });

  it("installs the default rules once", async () => {
    expect(await ensureDefaultRules(t.db)).toBe(0);
    const res = await call(t, "GET", "/api/v1/rules?code=complaint.first.accept", { session: leader });
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((r: { effectiveFrom: string; effectiveTo: string | null }) => [
        r.effectiveFrom,
        r.effectiveTo,
      ]),
    ).toEqual([
      ["2012-07-01", "2026-06-30"],
      ["2026-07-01", null],
    ]);
  });

  it("refuses anonymous callers with 401 and a leader with 403", async () => {
    const anonymous = await call(t, "POST", "/api/v1/rules", { body: newVersion() });
    expect(anonymous.status).toBe(401);
    const anonymousList = await call(t, "GET", "/api/v1/rules");
    expect(anonymousList.status).toBe(401);
    const byLeader = await call(t, "POST", "/api/v1/rules", { session: leader, body: newVersion() });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.code).toBe("FORBIDDEN");
  });

  it("refuses a value that does not match its kind", async () => {
    const res = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ value: { count: 2, per: "month" } }),
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["value.amount", "value.basis"]);
    const negative = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ value: { amount: -3, basis: "working_days" } }),
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.details[0].path).toBe("value.amount");
    const otherKind = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ kind: "limit", value: { max: 3 } }),
    });
    expect(otherKind.status).toBe(400);
    expect(otherKind.body.error.details[0].path).toBe("kind");
    const badCode = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ code: "Reception Reply" }),
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details[0].path).toBe("code");
    const backwards = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ effectiveFrom: "2030-01-01", effectiveTo: "2029-12-31" }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe("effectiveTo");
  });

  it("closes the open version the day before the new one and applies each on its own dates", async () => {
    const before = await call(
      t,
      "GET",
      "/api/public/v1/calendar/deadline?from=2027-01-04&ruleId=reception.reply",
    );
    expect(before.body.due).toBe("2027-01-18");

    const res = await call(t, "POST", "/api/v1/rules", { session: admin, body: newVersion() });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: "reception.reply",
      effectiveFrom: "2027-01-01",
      effectiveTo: null,
      value: { amount: 15, basis: "working_days", variants: {}, maxExtensions: 0 },
      verified: false,
    });

    const list = await call(t, "GET", "/api/v1/rules?code=reception.reply", { session: leader });
    expect(
      list.body.items.map((r: { effectiveFrom: string; effectiveTo: string | null }) => [
        r.effectiveFrom,
        r.effectiveTo,
      ]),
    ).toEqual([
      ["2014-07-01", "2026-12-31"],
      ["2027-01-01", null],
    ]);

    const lastOld = await call(
      t,
      "GET",
      "/api/public/v1/calendar/deadline?from=2026-12-31&ruleId=reception.reply",
    );
    expect(lastOld.body.rule.sourceRef).toBe("Luật TCD 2013 Đ.28 k.1");
    expect(lastOld.body.due).toBe("2027-01-15");
    const after = await call(
      t,
      "GET",
      "/api/public/v1/calendar/deadline?from=2027-01-04&ruleId=reception.reply",
    );
    expect(after.body.rule.id).toBe(res.body.id);
    expect(after.body.due).toBe("2027-01-25");

    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "calendar.create-rule-version"), eq(auditEvents.entityId, res.body.id)),
      );
    expect(audit).toHaveLength(1);
    expect((audit[0]!.before as { effectiveFrom: string }).effectiveFrom).toBe("2014-07-01");
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("refuses a version that overlaps a closed range", async () => {
    const res = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({
        code: "complaint.first.accept",
        nameVi: "Thụ lý khiếu nại lần đầu",
        nameEn: "Accept a first complaint",
        value: { amount: 5, basis: "working_days" },
        effectiveFrom: "2020-01-01",
        effectiveTo: "2020-12-31",
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("effectiveFrom");
    const startingOnOpen = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({ effectiveFrom: "2027-01-01" }),
    });
    expect(startingOnOpen.status).toBe(400);
    expect(startingOnOpen.body.error.details[0].path).toBe("effectiveFrom");
    const list = await call(t, "GET", "/api/v1/rules?code=complaint.first.accept", { session: admin });
    expect(list.body.items).toHaveLength(2);
  });

  it("accepts a brand-new rule code", async () => {
    const res = await call(t, "POST", "/api/v1/rules", {
      session: admin,
      body: newVersion({
        code: "feedback.reply",
        nameVi: "Trả lời phản ánh",
        nameEn: "Reply to feedback",
        value: { amount: 3, basis: "working_days" },
      }),
    });
    expect(res.status).toBe(201);
    expect(res.body.effectiveTo).toBeNull();
  });
});
