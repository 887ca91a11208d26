import type { DashboardFigures } from "@danvan/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { unitSuccessions } from "../../src/db/schema";
import { ensureDefaultRules } from "../../src/modules/calendar/ensure-default-rules";
import { buildStaff, buildUnit, call, type Session, signInFresh } from "../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../support/harness";
import { buildProcedure, buildRating, buildReturnedDossier, buildSession, finishRatings } from "./builders";

const succeed = (db: Db, fromUnitId: string, toUnitIds: string[]) =>
  db
    .insert(unitSuccessions)
    .values(toUnitIds.map((toUnitId) => ({ fromUnitId, toUnitId, effectiveDate: "2026-10-15" })));

type Row = { id: string; name: string; isOwn: boolean; figures: DashboardFigures };

/**
 * Province P: commune Cũ merged into Mới on 15 October 2026; district Huyện split between Mới and Khác,
 * its commune Thôn Cũ merged into Mới. Figures of merged units belong to the successor's row.
 */
describe(`dashboard ranking folds merged units into successors (${DB_KIND})`, () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof build>>;
  const period = "from=2026-10-01&to=2026-11-30";

  async function build() {
    const p = await buildUnit(t.db, { type: "tinh", name: "Tỉnh Gộp" });
    const old = await buildUnit(t.db, { parentId: p.id, name: "Xã Cũ", validTo: "2026-10-14" });
    const merged = await buildUnit(t.db, { parentId: p.id, name: "Xã Mới" });
    const other = await buildUnit(t.db, { parentId: p.id, name: "Xã Khác" });
    const district = await buildUnit(t.db, {
      parentId: p.id,
      name: "Huyện",
      type: "huyen",
      validTo: "2025-06-30",
    });
    const oldInDistrict = await buildUnit(t.db, {
      parentId: district.id,
      name: "Xã Thôn Cũ",
      validTo: "2025-06-30",
    });
    await succeed(t.db, old.id, [merged.id]);
    await succeed(t.db, oldInDistrict.id, [merged.id]);
    await succeed(t.db, district.id, [merged.id, other.id]);
    await buildRating(t.db, { unitId: old.id, date: "2026-10-05", level: "very_satisfied" });
    await buildRating(t.db, { unitId: old.id, date: "2026-10-10", level: "satisfied" });
    await buildRating(t.db, { unitId: merged.id, date: "2026-10-20", level: "dissatisfied" });
    await buildRating(t.db, { unitId: other.id, date: "2026-11-02", level: "satisfied" });
    await buildRating(t.db, { unitId: oldInDistrict.id, date: "2026-11-03", level: "very_satisfied" });
    await buildRating(t.db, { unitId: district.id, date: "2026-11-04", level: "satisfied" });
    await finishRatings(t.db);
    const proc = await buildProcedure(t.db, old.id);
    await buildReturnedDossier(t.db, {
      unitId: old.id,
      procedureId: proc,
      returned: "2026-10-08",
      timeliness: "late",
    });
    await buildSession(t.db, { unitId: old.id, date: "2026-10-09", people: [2] });
    const leader = await buildStaff(t.db, { unitId: p.id, roles: ["leader"] });
    const mergedLeader = await buildStaff(t.db, { unitId: merged.id, roles: ["leader"] });
    const otherLeader = await buildStaff(t.db, { unitId: other.id, roles: ["leader"] });
    return {
      p,
      old,
      merged,
      other,
      district,
      oldInDistrict,
      leader: await signInFresh(t, leader.username),
      mergedLeader: await signInFresh(t, mergedLeader.username),
      otherLeader: await signInFresh(t, otherLeader.username),
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await ensureDefaultRules(t.db);
    w = await build();
  });
  afterAll(async () => t?.close());

  const get = (path: string) => call(t, "GET", `/api/v1/dashboard/${path}`, { session: w.leader });

  it("counts a merged commune's ratings, dossiers and sessions under its successor, with no row of its own", async () => {
    const res = await get(`ranking?${period}&unitId=${w.p.id}`);
    expect(res.status).toBe(200);
    const rows = res.body.rows as Row[];
    expect(rows.map((r) => r.id)).not.toContain(w.old.id);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.figures]));
    // Mới: its own dissatisfied + Cũ's very satisfied and satisfied + Thôn Cũ's very satisfied.
    expect(byName["Xã Mới"]?.satisfaction).toMatchObject({
      n: 4,
      verySatisfied: 2,
      satisfied: 1,
      dissatisfied: 1,
    });
    expect(byName["Xã Mới"]?.dossiers).toMatchObject({ n: 1, late: 1 });
    expect(byName["Xã Mới"]?.reception).toEqual({ sessions: 1, citizens: 2, entries: 1 });
    expect(byName["Xã Khác"]?.satisfaction).toMatchObject({ n: 1 });
    // A district split between several successors cannot be apportioned: it keeps its own figures.
    expect(byName.Huyện?.satisfaction).toMatchObject({ n: 1, satisfied: 1 });

    const summary = await get(`summary?${period}&unitId=${w.p.id}`);
    const n = rows.reduce((a, r) => a + (r.figures.satisfaction?.n ?? 0), 0);
    expect(n).toBe(6);
    expect(summary.body.figures.satisfaction.n).toBe(n);
  });

  it("inside the retired district, its old commune stays a row: the successor lies outside it", async () => {
    const res = await get(`ranking?${period}&unitId=${w.district.id}`);
    expect(res.status).toBe(200);
    const rows = res.body.rows as Row[];
    expect(rows.map((r) => [r.name, r.isOwn, r.figures.satisfaction?.n])).toEqual([
      ["Huyện", true, 1],
      ["Xã Thôn Cũ", false, 1],
    ]);
  });

  it("reception statistics list a merged commune's sessions under its successor", async () => {
    const res = await call(t, "GET", `/api/v1/reception/stats?${period}&unitId=${w.p.id}`, {
      session: w.leader,
    });
    expect(res.status).toBe(200);
    expect(res.body.byUnit).toEqual([
      { unitId: w.merged.id, unitName: "Xã Mới", sessions: 1, citizens: 2, entries: 1 },
    ]);
    expect(res.body.sessions).toBe(1);
  });

  it("the successor's own leader reads its predecessors' history in the summary and the trend, not their records", async () => {
    const as = (session: Session, path: string) => call(t, "GET", `/api/v1/dashboard/${path}`, { session });
    const summary = await as(w.mergedLeader, `summary?${period}&unitId=${w.merged.id}`);
    expect(summary.status).toBe(200);
    // Mới's dissatisfied + Cũ's two + Thôn Cũ's one; the split district stays out.
    expect(summary.body.figures.satisfaction).toMatchObject({
      n: 4,
      verySatisfied: 2,
      satisfied: 1,
      dissatisfied: 1,
    });
    expect(summary.body.figures.dossiers).toMatchObject({ n: 1, late: 1 });
    expect(summary.body.figures.reception).toEqual({ sessions: 1, citizens: 2, entries: 1 });

    const trend = await as(w.mergedLeader, `trend?${period}&unitId=${w.merged.id}`);
    expect(trend.status).toBe(200);
    const months = trend.body.months as { month: string; figures: DashboardFigures }[];
    expect(months.map((m) => [m.month, m.figures.satisfaction?.n, m.figures.reception?.sessions])).toEqual([
      ["2026-10", 3, 1],
      ["2026-11", 1, 0],
    ]);

    // Another successor of the split district gains nothing from it.
    const other = await as(w.otherLeader, `summary?${period}&unitId=${w.other.id}`);
    expect(other.body.figures.satisfaction).toMatchObject({ n: 1 });

    // The merged commune's own dashboard and records stay out of the successor's scope.
    const oldPage = await as(w.mergedLeader, `summary?${period}&unitId=${w.old.id}`);
    expect(oldPage.status).toBe(404);
    const ratings = await call(t, "GET", `/api/v1/satisfaction/ratings?unitId=${w.old.id}`, {
      session: w.mergedLeader,
    });
    expect(ratings.status).toBe(200);
    expect(ratings.body.items).toEqual([]);
  });
});
