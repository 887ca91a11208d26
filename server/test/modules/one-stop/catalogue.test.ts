import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  addDays,
  buildWorld,
  createProcedure,
  oneStopApp,
  procedureBody,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop catalogue on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("needs a session, the catalogue permission and a unit in scope", async () => {
    const body = procedureBody(w.a.id);
    expect((await call(t, "POST", "/api/v1/onestop/procedures", { body })).status).toBe(401);
    expect((await call(t, "GET", "/api/v1/onestop/procedures")).status).toBe(401);
    expect((await call(t, "POST", "/api/v1/onestop/procedures", { session: w.as.clerkA, body })).status).toBe(
      403,
    );
    const outside = await call(t, "POST", "/api/v1/onestop/procedures", { session: w.as.adminOther, body });
    expect(outside.status).toBe(400);
    expect(detailPaths(outside.body)).toEqual(["unitId"]);
  });

  it("names the field of bad input", async () => {
    const post = (over: Record<string, unknown>) =>
      call(t, "POST", "/api/v1/onestop/procedures", {
        session: w.as.admin,
        body: procedureBody(w.a.id, over),
      });
    const budget = await post({ processingDays: 5 });
    expect(budget.status).toBe(400);
    expect(detailPaths(budget.body)).toEqual(["steps"]);
    const dupKey = await post({
      documents: [
        { key: "don", name: "Đơn", originals: 1, copies: 0 },
        { key: "don", name: "Đơn bản sao", originals: 0, copies: 1 },
      ],
    });
    expect(detailPaths(dupKey.body)).toEqual(["documents.1.key"]);
    expect(detailPaths((await post({ onlineLevel: "level4" })).body)).toEqual(["onlineLevel"]);
    expect(detailPaths((await post({ documents: [] })).body)).toEqual(["documents"]);
    expect(detailPaths((await post({ effectiveFrom: "2025-02-30" })).body)).toEqual(["effectiveFrom"]);
    expect(detailPaths((await post({ code: "1 001" })).body)).toEqual(["code"]);
    const foreign = await post({ steps: [{ name: "Bước ngoài tỉnh", agencyId: w.foreign.id, days: 2 }] });
    expect(foreign.status).toBe(400);
    expect(detailPaths(foreign.body)).toEqual(["steps.0.agencyId"]);
    const en = await call(t, "POST", "/api/v1/onestop/procedures", {
      session: w.as.admin,
      body: procedureBody(w.a.id, { processingDays: 1 }),
      headers: { "accept-language": "en" },
    });
    expect(en.body.error.details[0].message).toBe(
      "The steps' time budgets exceed the procedure's processing time",
    );
  });

  it("creates with agencies of the same province, refuses a duplicate code, audits", async () => {
    const created = await createProcedure(t, w, {
      steps: [
        { name: "Tiếp nhận, chuyển hồ sơ", agencyId: w.deptA.id, days: 1 },
        { name: "Văn phòng Đăng ký đất đai thẩm định", agencyId: w.landP.id, days: 7 },
      ],
    });
    const got = await call(t, "GET", `/api/v1/onestop/procedures/${created.id}`, { session: w.as.clerkA });
    expect(got.status).toBe(200);
    expect(
      got.body.steps.map((s: { stepNo: number; agency: { name: string } }) => [s.stepNo, s.agency.name]),
    ).toEqual([
      [1, "Công chức Tư pháp - Hộ tịch"],
      [2, "Văn phòng Đăng ký đất đai"],
    ]);
    expect(got.body.status).toBe("in_force");
    const dup = await call(t, "POST", "/api/v1/onestop/procedures", {
      session: w.as.admin,
      body: procedureBody(w.a.id, { code: created.code }),
    });
    expect(dup.status).toBe(409);
    expect(detailPaths(dup.body)).toEqual(["code"]);
    expect(await auditOf(t.db, "onestop.create-procedure", created.id)).toHaveLength(1);
    // Commune B's clerk does not see commune A's catalogue.
    expect(
      (await call(t, "GET", `/api/v1/onestop/procedures/${created.id}`, { session: w.as.clerkB })).status,
    ).toBe(404);
  });

  it("updates, retires with effectiveTo, and filters by effective status", async () => {
    const p = await createProcedure(t, w);
    const { unitId: _u, code: _c, ...content } = procedureBody(w.a.id);
    const yesterday = addDays(todayVn(), -1);
    const retired = await call(t, "PUT", `/api/v1/onestop/procedures/${p.id}`, {
      session: w.as.admin,
      body: { ...content, name: "Thủ tục đã bãi bỏ", effectiveFrom: "2020-01-01", effectiveTo: yesterday },
    });
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe("expired");
    expect(
      (await call(t, "PUT", `/api/v1/onestop/procedures/${p.id}`, { session: w.as.clerkA, body: content }))
        .status,
    ).toBe(404);
    const upcoming = await createProcedure(t, w, { effectiveFrom: addDays(todayVn(), 30) });
    const list = async (status: string) =>
      (
        await call(t, "GET", `/api/v1/onestop/procedures?unitId=${w.a.id}&status=${status}&limit=100`, {
          session: w.as.clerkA,
        })
      ).body.items.map((i: { id: string }) => i.id);
    expect(await list("expired")).toContain(p.id);
    expect(await list("in_force")).not.toContain(p.id);
    expect(await list("upcoming")).toEqual([upcoming.id]);
    expect(await auditOf(t.db, "onestop.update-procedure", p.id)).toHaveLength(1);
  });

  it("publishes only procedures in force and published, with no internal flags", async () => {
    const open = await createProcedure(t, w, { name: "Chứng thực bản sao từ bản chính" });
    const hidden = await createProcedure(t, w, { isPublished: false });
    const res = await call(t, "GET", `/api/public/v1/procedures?unitId=${w.a.id}&limit=100`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(hidden.id);
    expect(res.body.items[0]).not.toHaveProperty("isPublished");
    const found = await call(t, "GET", `/api/public/v1/procedures?q=${encodeURIComponent("chung thuc")}`);
    expect(found.body.items.map((i: { id: string }) => i.id)).toContain(open.id);
    expect((await call(t, "GET", "/api/public/v1/procedures?limit=1000")).status).toBe(400);
  });
});
