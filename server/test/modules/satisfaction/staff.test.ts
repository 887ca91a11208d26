import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { buildWorld, finished, publicCall, satisfactionApp, type World } from "./helpers";

const rate = (token: string, body: unknown) =>
  publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${token}`, body);
let t: TestApp;

describe("satisfaction: staff lists, follow-up answers, indices, questionnaires, links", () => {
  let w: World;
  let dissatisfiedId: string;
  beforeAll(async () => {
    t = await satisfactionApp();
    w = await buildWorld(t);
    // Hand-built data: in A, clerk A served 3 (2 very satisfied, 1 dissatisfied), clerk 2 served 1
    // satisfied; in B one dissatisfied.
    for (const level of ["very_satisfied", "very_satisfied", "dissatisfied"]) {
      const r = await finished(t, w.a.id, w.people.clerkA.id, { procedureName: "Đăng ký khai sinh" });
      await rate(r.token, { level, comment: level === "dissatisfied" ? "Chờ quá lâu" : undefined });
    }
    const r2 = await finished(t, w.a.id, w.people.clerk2A.id, { procedureName: "Chứng thực bản sao" });
    await rate(r2.token, { level: "satisfied" });
    const rb = await finished(t, w.b.id, w.people.clerkB.id);
    await rate(rb.token, { level: "dissatisfied" });
  });
  afterAll(async () => t.close());

  it("lists ratings in scope only: 401, 403 without the right, B's leader never sees A's", async () => {
    expect((await call(t, "GET", "/api/v1/satisfaction/ratings")).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/satisfaction/ratings", { session: w.as.handlerA })).status).toBe(
      403,
    );
    const bad = await call(t, "GET", "/api/v1/satisfaction/ratings?level=angry", { session: w.as.headA });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body)).toEqual(["level"]);
    const a = await call(t, "GET", "/api/v1/satisfaction/ratings", { session: w.as.headA });
    expect(a.status).toBe(200);
    expect(a.body.total).toBe(4);
    expect(a.body.items.every((i: { unitId: string }) => i.unitId === w.a.id)).toBe(true);
    const b = await call(t, "GET", "/api/v1/satisfaction/ratings", { session: w.as.leaderB });
    expect(b.body.total).toBe(1);
    const province = await call(t, "GET", "/api/v1/satisfaction/ratings?followUp=open", {
      session: w.as.inspector,
    });
    expect(province.body.total).toBe(2);
    const open = await call(t, "GET", "/api/v1/satisfaction/ratings?followUp=open", { session: w.as.headA });
    expect(open.body.items).toHaveLength(1);
    expect(open.body.items[0]).toMatchObject({
      level: "dissatisfied",
      comment: "Chờ quá lâu",
      canAnswer: true,
    });
    expect(open.body.items[0].followUpTaskCode).toMatch(/^NV-/);
    dissatisfiedId = open.body.items[0].id;
    const asClerk = await call(t, "GET", "/api/v1/satisfaction/ratings?followUp=open", {
      session: w.as.clerkA,
    });
    expect(asClerk.body.items[0].canAnswer).toBe(false);
  });

  it("the head answers the dissatisfied citizen: 401, 404 other unit, 403 clerk, 400 answer, then once", async () => {
    const path = `/api/v1/satisfaction/ratings/${dissatisfiedId}/answer`;
    const body = { answer: "Đã xin lỗi công dân và bố trí thêm người ở quầy vào buổi sáng" };
    expect((await call(t, "POST", path, { body })).status).toBe(401);
    expect((await call(t, "POST", path, { session: w.as.leaderB, body })).status).toBe(404);
    expect((await call(t, "POST", path, { session: w.as.clerkA, body })).status).toBe(403);
    const short = await call(t, "POST", path, { session: w.as.headA, body: { answer: "ok" } });
    expect(short.status).toBe(400);
    expect(detailPaths(short.body)).toEqual(["answer"]);
    const ok = await call(t, "POST", path, { session: w.as.headA, body });
    expect(ok.status).toBe(200);
    expect(ok.body.followUpStatus).toBe("answered");
    expect((await call(t, "POST", path, { session: w.as.headA, body })).status).toBe(412);
    const listed = await call(t, "GET", "/api/v1/satisfaction/ratings?followUp=answered", {
      session: w.as.headA,
    });
    expect(listed.body.items[0].followUpAnswer).toBe(body.answer);
  });

  it("indices carry n with every share, per officer, procedure and unit, scoped in SQL", async () => {
    expect((await call(t, "GET", "/api/v1/satisfaction/index")).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/satisfaction/index", { session: w.as.handlerA })).status).toBe(403);
    const bad = await call(t, "GET", "/api/v1/satisfaction/index?by=mood", { session: w.as.headA });
    expect(detailPaths(bad.body)).toEqual(["by"]);
    const otherUnit = await call(t, "GET", `/api/v1/satisfaction/index?unitId=${w.a.id}`, {
      session: w.as.leaderB,
    });
    expect(otherUnit.status).toBe(404);
    const byOfficer = await call(t, "GET", "/api/v1/satisfaction/index?by=officer", { session: w.as.headA });
    expect(byOfficer.status).toBe(200);
    expect(byOfficer.body.total).toMatchObject({ n: 4, verySatisfied: 2, satisfied: 1, dissatisfied: 1 });
    expect(byOfficer.body.total.satisfiedShare).toBeCloseTo(0.75);
    // (100 + 100 + 0 + 80) / 4 with the shipped, unverified level scores.
    expect(byOfficer.body.total.score).toBe(70);
    expect(byOfficer.body.rules.verified).toBe(false);
    expect(byOfficer.body.group766Points).toBe(13.5);
    const clerk = byOfficer.body.rows.find((r: { label: string }) => r.label === "Phạm Một Cửa");
    expect(clerk).toMatchObject({ n: 3, verySatisfied: 2, dissatisfied: 1, withComment: 1 });
    const byProcedure = await call(t, "GET", "/api/v1/satisfaction/index?by=procedure", {
      session: w.as.headA,
    });
    expect(byProcedure.body.rows.map((r: { label: string; n: number }) => [r.label, r.n])).toEqual([
      ["Đăng ký khai sinh", 3],
      ["Chứng thực bản sao", 1],
    ]);
    const byUnit = await call(t, "GET", "/api/v1/satisfaction/index?by=unit", { session: w.as.inspector });
    expect(byUnit.body.rows.map((r: { label: string; n: number }) => [r.label, r.n])).toEqual([
      ["Xã Nam Đàn", 4],
      ["Xã Kim Liên", 1],
    ]);
    const byAgency = await call(t, "GET", "/api/v1/satisfaction/index?by=agency", { session: w.as.headA });
    expect(
      byAgency.body.rows.find((r: { label: string }) => r.label === "Bộ phận Một cửa xã Nam Đàn").n,
    ).toBe(3);
    const byMonth = await call(t, "GET", "/api/v1/satisfaction/index?by=month", { session: w.as.headA });
    expect(byMonth.body.rows).toHaveLength(1);
    const byChannel = await call(t, "GET", "/api/v1/satisfaction/index?by=channel", { session: w.as.headA });
    expect(byChannel.body.rows).toEqual([expect.objectContaining({ key: "online", n: 4 })]);
    const none = await call(t, "GET", "/api/v1/satisfaction/index?from=2020-01-01&to=2020-01-31", {
      session: w.as.headA,
    });
    expect(none.body.total).toMatchObject({ n: 0, satisfiedShare: null, score: null });
    expect(none.body.group766Points).toBeNull();
  });

  it("questionnaires are per unit with versions; only the unit's managers save one", async () => {
    const get = `/api/v1/satisfaction/questionnaires?unitId=${w.a.id}`;
    expect((await call(t, "GET", get)).status).toBe(401);
    expect((await call(t, "GET", get, { session: w.as.leaderB })).status).toBe(404);
    expect((await call(t, "GET", get, { session: w.as.headA })).body.version).toBe(0);
    const questions = [
      {
        key: "wait",
        factor: "access",
        textVi: "Thời gian chờ tại quầy hợp lý",
        textEn: "Waiting time was fair",
      },
      { key: "staff", factor: "civil_servants", textVi: "Công chức tận tình", textEn: "Staff were helpful" },
    ];
    const post = (s: (typeof w.as)[keyof typeof w.as] | undefined, body: unknown) =>
      call(t, "POST", "/api/v1/satisfaction/questionnaires", { session: s, body });
    expect((await post(undefined, { unitId: w.a.id, questions })).status).toBe(401);
    const clerk = await post(w.as.clerkA, { unitId: w.a.id, questions });
    expect(detailPaths(clerk.body)).toEqual(["unitId"]);
    const other = await post(w.as.leaderB, { unitId: w.a.id, questions });
    expect(detailPaths(other.body)).toEqual(["unitId"]);
    const dup = await post(w.as.headA, { unitId: w.a.id, questions: [questions[0], questions[0]] });
    expect(detailPaths(dup.body)).toEqual(["questions.1.key"]);
    const empty = await post(w.as.headA, { unitId: w.a.id, questions: [] });
    expect(detailPaths(empty.body)).toEqual(["questions"]);
    const v1 = await post(w.as.headA, { unitId: w.a.id, questions });
    expect(v1.status).toBe(201);
    expect(v1.body.version).toBe(1);
    expect((await post(w.as.headA, { unitId: w.a.id, questions })).body.version).toBe(2);
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const form = await publicCall(t, "GET", `/api/public/v1/satisfaction/forms/${r.token}`);
    expect(form.body.questionnaire.questions.map((q: { key: string }) => q.key)).toEqual(["wait", "staff"]);
    expect((await rate(r.token, { level: "satisfied", answers: { access: 4 } })).status).toBe(400);
    expect((await rate(r.token, { level: "satisfied", answers: { wait: 4 } })).status).toBe(200);
  });

  it("gives the slip's rating link of a finished interaction in scope", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const url = `/api/v1/satisfaction/links?kind=dossier&refId=${r.refId}`;
    expect((await call(t, "GET", url)).status).toBe(401);
    expect((await call(t, "GET", url, { session: w.as.leaderB })).status).toBe(404);
    const bad = await call(t, "GET", "/api/v1/satisfaction/links?kind=visit&refId=x", {
      session: w.as.clerkA,
    });
    expect(detailPaths(bad.body).sort()).toEqual(["kind", "refId"]);
    const unknown = `/api/v1/satisfaction/links?kind=dossier&refId=${crypto.randomUUID()}`;
    expect((await call(t, "GET", unknown, { session: w.as.clerkA })).status).toBe(412);
    const ok = await call(t, "GET", url, { session: w.as.clerkA });
    expect(ok.body).toMatchObject({ token: r.token, path: `/public/danh-gia/${r.token}` });
  });
});
