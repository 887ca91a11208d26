import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, receptionApp, type World } from "./helpers";

function scheduleBody(w: World, over: Record<string, unknown> = {}) {
  return {
    unitId: w.a.id,
    kind: "leader",
    hostId: w.people.leaderA.id,
    hostRole: "commune_chair",
    title: "Chủ tịch UBND xã tiếp công dân định kỳ",
    place: "Trụ sở tiếp công dân xã",
    recurrence: { type: "monthly", days: [15], shift: "next_working_day" },
    startTime: "07:30",
    endTime: "11:30",
    validFrom: "2027-01-01",
    ...over,
  };
}

describe(`reception schedules on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;

  beforeAll(async () => {
    t = await receptionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses anonymous callers, bad input by field, other units and non-leader hosts", async () => {
    expect((await call(t, "GET", "/api/v1/reception/schedule")).status).toBe(401);
    expect((await call(t, "POST", "/api/v1/reception/schedules", { body: scheduleBody(w) })).status).toBe(
      401,
    );
    const bad = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionA,
      body: scheduleBody(w, {
        hostId: null,
        hostRole: null,
        endTime: "07:00",
        recurrence: { type: "monthly", days: [32] },
      }),
    });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body).sort()).toEqual(["endTime", "hostId", "hostRole", "recurrence.days.0"]);
    const other = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionB,
      body: scheduleBody(w),
    });
    expect(other.status).toBe(403);
    const notLeader = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionA,
      body: scheduleBody(w, { hostId: w.people.handlerA.id }),
    });
    expect(notLeader.status).toBe(400);
    expect(detailPaths(notLeader.body)).toEqual(["hostId"]);
    const inspector = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.inspector,
      body: scheduleBody(w),
    });
    expect(inspector.status).toBe(403);
  });

  it("names the communes whose chairman has no reception schedule", async () => {
    const view = await call(t, "GET", `/api/v1/reception/schedule?from=2027-05-01`, {
      session: w.as.inspector,
    });
    const names = view.body.unscheduled.map((u: { unitId: string }) => u.unitId);
    expect(names).toEqual(expect.arrayContaining([w.a.id, w.b.id, w.province.id]));
    const mine = await call(t, "GET", `/api/v1/reception/schedule?from=2027-05-01`, {
      session: w.as.receptionB,
    });
    expect(mine.body.unscheduled).toEqual([
      { unitId: w.b.id, unitName: w.b.name, hostRole: "commune_chair" },
    ]);
  });

  it("moves the 15th off a day off to the next working day and warns below the statutory minimum", async () => {
    const created = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionA,
      body: scheduleBody(w),
    });
    expect(created.status).toBe(201);
    expect(created.body.host.fullName).toBe("Trần Chủ Tịch");
    expect((await auditOf(t.db, "reception.create-schedule", created.body.id)).length).toBe(1);

    const view = await call(t, "GET", `/api/v1/reception/schedule?unitId=${w.a.id}&from=2027-05-01&days=61`, {
      session: w.as.leaderA,
    });
    expect(view.status).toBe(200);
    const days = view.body.occurrences.map((o: { date: string; shiftedFrom: string | null }) => [
      o.date,
      o.shiftedFrom,
    ]);
    // 15/05/2027 is a Saturday; 15/06/2027 a Tuesday.
    expect(days).toEqual([
      ["2027-05-17", "2027-05-15"],
      ["2027-06-15", null],
    ]);
    // Luật 136/2025: a commune chairman receives at least 2 days a month from 01/07/2026.
    expect(view.body.warnings).toHaveLength(2);
    expect(view.body.warnings[0]).toMatchObject({
      hostId: w.people.leaderA.id,
      period: "2027-05",
      planned: 1,
      required: 2,
      per: "month",
      ruleCode: "reception.frequency.commune_chair",
    });

    const second = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionA,
      body: scheduleBody(w, {
        recurrence: { type: "monthly", days: [30] },
        title: "Tiếp công dân cuối tháng",
      }),
    });
    expect(second.status).toBe(201);
    const after = await call(
      t,
      "GET",
      `/api/v1/reception/schedule?unitId=${w.a.id}&from=2027-05-01&days=61`,
      {
        session: w.as.leaderA,
      },
    );
    expect(after.body.warnings).toEqual([]);
    expect(after.body.unscheduled).toEqual([]);
    // 30/04/2027 (Reunification Day) is followed by 01/05, a weekend and a compensatory day off: 04/05.
    expect(after.body.occurrences.map((o: { date: string }) => o.date)).toEqual([
      "2027-05-04",
      "2027-05-17",
      "2027-05-31",
      "2027-06-15",
      "2027-06-30",
    ]);
  });

  it("checks the rule in force: once a week for a commune chairman before 01/07/2026", async () => {
    const view = await call(t, "GET", `/api/v1/reception/schedule?unitId=${w.a.id}&from=2026-03-01&days=31`, {
      session: w.as.leaderA,
    });
    // The schedules start in 2027: nothing planned, so no host is checked for March 2026.
    expect(view.body.warnings).toEqual([]);
    const early = await call(t, "POST", "/api/v1/reception/schedules", {
      session: w.as.receptionA,
      body: scheduleBody(w, { validFrom: "2026-03-01", validTo: "2026-03-31", title: "Lịch tháng 3/2026" }),
    });
    expect(early.status).toBe(201);
    const march = await call(
      t,
      "GET",
      `/api/v1/reception/schedule?unitId=${w.a.id}&from=2026-03-01&days=31`,
      {
        session: w.as.leaderA,
      },
    );
    const weekly = march.body.warnings.filter((x: { per: string }) => x.per === "week");
    expect(weekly.length).toBeGreaterThanOrEqual(3);
    expect(weekly[0]).toMatchObject({ required: 1, sourceRef: "Luật TCD 2013 Đ.15 k.2 d" });
  });

  it("keeps schedules of other units out of sight and ends a schedule", async () => {
    const otherView = await call(t, "GET", `/api/v1/reception/schedule?from=2027-05-01`, {
      session: w.as.receptionB,
    });
    expect(otherView.body.schedules).toEqual([]);
    const list = await call(t, "GET", `/api/v1/reception/schedule?from=2027-05-01`, {
      session: w.as.receptionA,
    });
    const id = list.body.schedules[0].id as string;
    const hidden = await call(t, "POST", `/api/v1/reception/schedules/${id}/end`, {
      session: w.as.receptionB,
      body: { validTo: "2027-12-31" },
    });
    expect(hidden.status).toBe(404);
    const badDate = await call(t, "POST", `/api/v1/reception/schedules/${id}/end`, {
      session: w.as.receptionA,
      body: { validTo: "2027-02-30" },
    });
    expect(detailPaths(badDate.body)).toEqual(["validTo"]);
    const ended = await call(t, "POST", `/api/v1/reception/schedules/${id}/end`, {
      session: w.as.receptionA,
      body: { validTo: "2027-05-31", note: "Đổi lịch từ tháng 6" },
    });
    expect(ended.status).toBe(200);
    expect(ended.body.validTo).toBe("2027-05-31");
    expect((await auditOf(t.db, "reception.end-schedule", id)).length).toBe(1);
  });

  it("documents every reception route in the OpenAPI description", async () => {
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      "/api/v1/reception/schedule",
      "/api/v1/reception/sessions/{id}/entries",
      "/api/v1/reception/records/{id}/conclusions",
      "/api/v1/reception/stats",
      "/api/public/v1/reception/schedule",
    ]) {
      expect(paths).toContain(p);
    }
  });

  it("publishes the schedule without sign-in, names leaders and hides internals", async () => {
    expect((await call(t, "GET", "/api/public/v1/reception/schedule")).status).toBe(400);
    const unknown = await call(
      t,
      "GET",
      "/api/public/v1/reception/schedule?unitId=00000000-0000-7000-8000-000000000000",
    );
    expect(unknown.status).toBe(404);
    const pub = await call(
      t,
      "GET",
      `/api/public/v1/reception/schedule?unitId=${w.province.id}&from=2027-06-01&days=30`,
    );
    expect(pub.status).toBe(200);
    expect(pub.body.occurrences.length).toBeGreaterThan(0);
    expect(pub.body.occurrences[0].hostName).toBe("Trần Chủ Tịch");
    expect(JSON.stringify(pub.body)).not.toContain(w.people.leaderA.id);
    expect(pub.body.occurrences[0]).not.toHaveProperty("sessionId");
  });
});
