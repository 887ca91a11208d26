import type { DashboardFigures } from "@danvan/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitScoreRollups } from "../../src/db/schema";
import { ensureDefaultRules } from "../../src/modules/calendar/ensure-default-rules";
import {
  buildAgency,
  buildStaff,
  buildUnit,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";
import {
  buildPetition,
  buildProcedure,
  buildRating,
  buildReturnedDossier,
  buildSession,
  buildTask,
  finishRatings,
  setAgency,
} from "./builders";

/**
 * Province P with communes A and B. Every expected number below is counted by hand from the rows built
 * in `beforeAll`; the period is October–November 2026, with one row of each kind in September outside it.
 */
describe(`dashboard (${DB_KIND})`, () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof build>>;
  const period = "from=2026-10-01&to=2026-11-30";

  async function build() {
    const province = await buildUnit(t.db, { type: "tinh", name: "Tỉnh Thử" });
    const a = await buildUnit(t.db, { parentId: province.id, name: "Xã An" });
    const b = await buildUnit(t.db, { parentId: province.id, name: "Xã Bình" });
    const desk = await buildAgency(t.db, a.id, { name: "Bộ phận Một cửa xã An", kind: "one_stop" });
    const o1 = await buildStaff(t.db, { unitId: a.id, roles: ["clerk"], fullName: "Lê Văn Một" });
    const o2 = await buildStaff(t.db, { unitId: a.id, roles: ["handler"], fullName: "Đỗ Thị Hai" });
    await setAgency(t.db, o1.id, desk.id);
    await setAgency(t.db, o2.id, desk.id);
    const leaderP = await buildStaff(t.db, { unitId: province.id, roles: ["leader"] });
    const leaderB = await buildStaff(t.db, { unitId: b.id, roles: ["leader"] });
    const admin = await buildStaff(t.db, { unitId: province.id, roles: ["admin"] });
    const inA = { unitId: a.id, agencyId: desk.id };
    await buildRating(t.db, { ...inA, officerId: o1.id, date: "2026-10-05", level: "very_satisfied" });
    await buildRating(t.db, { ...inA, officerId: o1.id, date: "2026-11-12", level: "satisfied" });
    await buildRating(t.db, {
      ...inA,
      officerId: o1.id,
      date: "2026-11-20",
      level: "dissatisfied",
      followUp: "open",
    });
    await buildRating(t.db, { ...inA, officerId: o2.id, date: "2026-10-21", level: "satisfied" });
    await buildRating(t.db, { unitId: b.id, date: "2026-11-02", level: "very_satisfied" });
    await buildRating(t.db, { ...inA, officerId: o2.id, date: "2026-09-15", level: "dissatisfied" });
    await finishRatings(t.db);

    const pa = await buildProcedure(t.db, a.id);
    const pb = await buildProcedure(t.db, b.id);
    await buildReturnedDossier(t.db, {
      unitId: a.id,
      procedureId: pa,
      returned: "2026-10-12",
      timeliness: "early",
      handlerId: o1.id,
    });
    await buildReturnedDossier(t.db, {
      unitId: a.id,
      procedureId: pa,
      returned: "2026-11-05",
      timeliness: "on_time",
      handlerId: o1.id,
    });
    await buildReturnedDossier(t.db, {
      unitId: a.id,
      procedureId: pa,
      returned: "2026-11-20",
      timeliness: "late",
      handlerId: o2.id,
    });
    await buildReturnedDossier(t.db, {
      unitId: b.id,
      procedureId: pb,
      returned: "2026-10-25",
      timeliness: "on_time",
    });
    await buildReturnedDossier(t.db, {
      unitId: a.id,
      procedureId: pa,
      returned: "2026-09-20",
      timeliness: "late",
      handlerId: o2.id,
    });

    await buildPetition(t.db, {
      unitId: a.id,
      accepted: "2026-10-05",
      resolved: "2026-10-20",
      due: "2026-11-05",
    });
    await buildPetition(t.db, { unitId: a.id, accepted: "2026-10-10", due: "2026-10-30" });
    await buildPetition(t.db, {
      unitId: b.id,
      accepted: "2026-11-03",
      resolved: "2026-11-25",
      onTime: false,
      due: "2026-11-20",
    });

    await buildSession(t.db, { unitId: a.id, date: "2026-10-15", people: [1, 6] });
    await buildSession(t.db, { unitId: b.id, date: "2026-11-10", people: [1] });
    await buildSession(t.db, { unitId: b.id, date: "2026-11-11", status: "cancelled", people: [] });

    await buildTask(t.db, { unitId: a.id, assigneeId: o1.id, due: "2026-10-01" });
    await buildTask(t.db, { unitId: a.id, assigneeId: o1.id, due: "2099-01-01" });
    await buildTask(t.db, { unitId: a.id, assigneeId: o2.id, due: "2026-10-01", status: "done" });

    const as = {
      leaderP: await signInFresh(t, leaderP.username),
      leaderB: await signInFresh(t, leaderB.username),
      admin: await signInFresh(t, admin.username),
      clerk: await signInFresh(t, o1.username),
    };
    return { province, a, b, desk, o1, o2, as };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ensureDefaultRules(t.db);
    w = await build();
  });
  afterAll(async () => t?.close());

  const get = (path: string, session?: Session) => call(t, "GET", `/api/v1/dashboard/${path}`, { session });

  it("refuses anonymous callers, roles without the dashboard, other units and bad periods", async () => {
    expect((await get(`summary?${period}`)).status).toBe(401);
    expect((await get(`summary?${period}`, w.as.clerk)).status).toBe(403);
    expect((await get(`summary?${period}&unitId=${w.a.id}`, w.as.leaderB)).status).toBe(404);
    expect((await get(`ranking?${period}&unitId=${w.a.id}`, w.as.leaderB)).status).toBe(404);
    expect((await get(`trend?${period}&unitId=${w.province.id}`, w.as.leaderB)).status).toBe(404);
    const reversed = await get("summary?from=2026-11-30&to=2026-10-01", w.as.leaderP);
    expect(reversed.status).toBe(400);
    expect(detailPaths(reversed.body)).toEqual(["to"]);
    const tooLong = await get("trend?from=2020-01-01&to=2026-11-30", w.as.leaderP);
    expect(detailPaths(tooLong.body)).toEqual(["to"]);
    expect(detailPaths((await get("summary?from=2026-13-01&to=2026-11-30", w.as.leaderP)).body)).toEqual([
      "from",
    ]);
    const foreignAgency = await get(`ranking?${period}&unitId=${w.b.id}&agencyId=${w.desk.id}`, w.as.leaderP);
    expect(foreignAgency.status).toBe(404);
  });

  it("sums the province's headline figures, each with its n and numerators", async () => {
    const res = await get(`summary?${period}`, w.as.leaderP);
    expect(res.status).toBe(200);
    expect(res.body.unit.id).toBe(w.province.id);
    expect(res.body.breadcrumb.map((u: { id: string }) => u.id)).toEqual([w.province.id]);
    const f = res.body.figures;
    // Five ratings in the period: 2 very satisfied, 2 satisfied, 1 dissatisfied (the September one is out).
    expect(f.satisfaction).toMatchObject({
      n: 5,
      verySatisfied: 2,
      satisfied: 2,
      dissatisfied: 1,
      openFollowUps: 1,
    });
    expect(f.satisfaction.satisfiedShare).toBeCloseTo(0.8);
    // (2 × 100 + 2 × 80 + 0) / 5 with the shipped level scores; 0.8 × 18 Decision 766 points.
    expect(f.satisfaction.score).toBe(72);
    expect(res.body.group766Points).toBe(14.4);
    expect(res.body.rules.verified).toBe(false);
    expect(f.dossiers).toEqual({ n: 4, early: 1, onTime: 2, late: 1, onTimeShare: 0.75 });
    expect(f.petitions).toMatchObject({ accepted: 3, resolved: 2, resolvedOnTime: 1, overdue: 1 });
    expect(f.petitions.handlingRate).toBeCloseTo(0.6667, 4);
    // A group of six counts six citizens; the cancelled session is not held.
    expect(f.reception).toEqual({ sessions: 2, citizens: 8, entries: 3 });
    expect(f.tasks).toEqual({ open: 2, overdue: 1 });
  });

  it("leaves out the figures of modules the caller's role does not cover", async () => {
    const res = await get(`summary?${period}`, w.as.admin);
    expect(res.status).toBe(200);
    expect(res.body.figures.satisfaction.n).toBe(5);
    expect(res.body.figures.dossiers.n).toBe(4);
    expect(res.body.figures.petitions).toBeNull();
    expect(res.body.figures.reception).toBeNull();
  });

  it("a commune's leader sees the commune only, as the default unit", async () => {
    const res = await get(`summary?${period}`, w.as.leaderB);
    expect(res.body.unit.id).toBe(w.b.id);
    expect(res.body.figures.satisfaction).toMatchObject({ n: 1, verySatisfied: 1 });
    expect(res.body.figures.dossiers).toMatchObject({ n: 1, onTime: 1 });
    expect(res.body.figures.reception).toEqual({ sessions: 1, citizens: 1, entries: 1 });
    expect(res.body.figures.tasks).toEqual({ open: 0, overdue: 0 });
  });

  it("trends month by month over the period", async () => {
    const res = await get("trend?from=2026-09-01&to=2026-11-30", w.as.leaderP);
    expect(res.status).toBe(200);
    expect(res.body.months.map((m: { month: string }) => m.month)).toEqual(["2026-09", "2026-10", "2026-11"]);
    const [sep, oct, nov] = res.body.months.map((m: { figures: unknown }) => m.figures);
    expect(sep.satisfaction).toMatchObject({ n: 1, dissatisfied: 1 });
    expect(oct.satisfaction).toMatchObject({ n: 2, verySatisfied: 1, satisfied: 1 });
    expect(nov.satisfaction).toMatchObject({ n: 3, verySatisfied: 1, satisfied: 1, dissatisfied: 1 });
    expect(sep.dossiers).toMatchObject({ n: 1, late: 1 });
    expect(oct.dossiers).toMatchObject({ n: 2, early: 1, onTime: 1 });
    expect(nov.dossiers).toMatchObject({ n: 2, onTime: 1, late: 1 });
    expect(oct.petitions).toMatchObject({ accepted: 2, resolved: 1 });
    expect(nov.petitions).toMatchObject({ accepted: 1, resolved: 1, resolvedOnTime: 0 });
    expect(oct.reception).toEqual({ sessions: 1, citizens: 7, entries: 2 });
    expect(nov.reception).toEqual({ sessions: 1, citizens: 1, entries: 1 });
    expect(oct.tasks).toBeNull();
  });

  it("ranks the communes, then the agencies of a commune, then the officers of an agency", async () => {
    const units = await get(`ranking?${period}`, w.as.leaderP);
    expect(units.body.level).toBe("unit");
    const rows = units.body.rows as {
      id: string;
      name: string;
      canDrill: boolean;
      figures: DashboardFigures;
    }[];
    expect(rows.map((r) => [r.name, r.figures.satisfaction?.n])).toEqual([
      ["Xã An", 4],
      ["Xã Bình", 1],
    ]);
    const an = rows[0]!.figures as Required<{
      [K in keyof DashboardFigures]: NonNullable<DashboardFigures[K]>;
    }>;
    // 1 very satisfied + 2 satisfied of 4: (100 + 160 + 0) / 4.
    expect(an.satisfaction).toMatchObject({ satisfiedShare: 0.75, score: 65, openFollowUps: 1 });
    expect(an.dossiers).toMatchObject({ n: 3, early: 1, onTime: 1, late: 1 });
    expect(an.petitions).toMatchObject({ accepted: 2, resolved: 1, handlingRate: 0.5, overdue: 1 });
    expect(an.reception).toEqual({ sessions: 1, citizens: 7, entries: 2 });
    expect(an.tasks).toEqual({ open: 2, overdue: 1 });
    expect(rows[1]!.figures.petitions).toMatchObject({ accepted: 1, resolved: 1, resolvedOnTime: 0 });
    expect(rows.every((r) => r.canDrill)).toBe(true);

    const agencies = await get(`ranking?${period}&unitId=${w.a.id}`, w.as.leaderP);
    expect(agencies.body.level).toBe("agency");
    expect(agencies.body.rows).toHaveLength(1);
    expect(agencies.body.rows[0]).toMatchObject({ id: w.desk.id, canDrill: true });
    expect(agencies.body.rows[0].figures.satisfaction).toMatchObject({ n: 4 });
    expect(agencies.body.rows[0].figures.dossiers).toMatchObject({ n: 3 });

    const officers = await get(`ranking?${period}&unitId=${w.a.id}&agencyId=${w.desk.id}`, w.as.leaderP);
    expect(officers.body.level).toBe("officer");
    expect(officers.body.agency).toEqual({ id: w.desk.id, name: "Bộ phận Một cửa xã An" });
    const people = officers.body.rows as { id: string; figures: DashboardFigures }[];
    expect(people.map((p) => p.id)).toEqual([w.o1.id, w.o2.id]);
    expect(people[0]!.figures.satisfaction).toMatchObject({
      n: 3,
      verySatisfied: 1,
      satisfied: 1,
      dissatisfied: 1,
    });
    expect(people[0]!.figures.dossiers).toMatchObject({ n: 2, early: 1, onTime: 1, late: 0 });
    expect(people[1]!.figures.satisfaction).toMatchObject({ n: 1, satisfied: 1 });
    expect(people[1]!.figures.dossiers).toMatchObject({ n: 1, late: 1 });
  });

  it("shows the unit's own TT 01/2018 scores for the quarter the period ends in, as the indicators page does", async () => {
    // Indicators 1, 2, 3, 4, 7 of Xã Bình in 2026-Q4: 1.5 + 1 + 2 + 1 + 1 = 6.5 of 10, full duties.
    const sums: [number, number, number][] = [
      [1, 3, 2],
      [2, 2, 2],
      [3, 4, 2],
      [4, 2, 2],
      [7, 2, 2],
    ];
    await t.db.insert(unitScoreRollups).values(
      sums.map(([indicator, pointsSum, dossierCount]) => ({
        unitId: w.b.id,
        period: "2026-Q4",
        indicator,
        pointsSum,
        dossierCount,
      })),
    );
    const res = await get(`summary?${period}&unitId=${w.b.id}`, w.as.leaderP);
    expect(res.status).toBe(200);
    const scores = res.body.oneStopScores;
    expect(scores.period).toBe("2026-Q4");
    expect(scores.official).toEqual({ score: 6.5, band: "full" });
    const page = await call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.b.id}&period=2026-Q4`, {
      session: w.as.leaderP,
    });
    expect(page.status).toBe(200);
    expect(scores.unit).toEqual(page.body.unit);
    expect(scores.unit.score).toBeGreaterThanOrEqual(6.5);

    // A period ending in September reads 2026-Q3, where Xã Bình has no scored dossier.
    const q3 = await get(`summary?from=2026-08-01&to=2026-09-30&unitId=${w.b.id}`, w.as.leaderB);
    expect(q3.body.oneStopScores).toMatchObject({ period: "2026-Q3", official: null });
  });

  it("the officer's interactions behind the ranking are listed with the same filters", async () => {
    const list = await call(
      t,
      "GET",
      `/api/v1/satisfaction/ratings?unitId=${w.a.id}&officerId=${w.o1.id}&${period}`,
      { session: w.as.leaderP },
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
    expect(list.body.items.every((r: { officerName: string }) => r.officerName === "Lê Văn Một")).toBe(true);
  });
});
