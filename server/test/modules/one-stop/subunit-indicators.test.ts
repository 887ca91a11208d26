import { periodOf } from "@danvan/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitScoreRollups } from "../../../src/db/schema";
import { buildUnit, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, createProcedure, oneStopApp, todayVn, type World } from "./helpers";

describe(`one-stop indicators of the units below a unit on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let retired: { id: string; name: string };
  const period = periodOf(todayVn());
  const path = (unitId: string, p = period) =>
    `/api/v1/onestop/indicators/subunits?unitId=${unitId}&period=${p}`;

  /** Running sums of a unit's quarter: `n` dossiers with these points on 1, 2, 3, 4, 6, 7, `online` of them online. */
  const sums = (unitId: string, n: number, points: number[], online = 0) =>
    t.db.insert(unitScoreRollups).values([
      ...[1, 2, 3, 4, 6, 7].map((indicator, k) => ({
        unitId,
        period,
        indicator,
        pointsSum: points[k]!,
        dossierCount: n,
      })),
      { unitId, period, indicator: 90, pointsSum: online, dossierCount: n },
      { unitId, period, indicator: 91, pointsSum: 0, dossierCount: online },
    ]);

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    await createProcedure(t, w);
    retired = await buildUnit(t.db, { parentId: w.province.id, validTo: "2025-06-30", name: "Xã Cũ" });
    await buildUnit(t.db, { parentId: w.province.id, validTo: "2025-06-30", name: "Xã Cũ Không Hồ Sơ" });
    await sums(w.a.id, 4, [8, 6, 5, 4, 8, 6], 2);
    await sums(retired.id, 2, [2, 2, 4, 2, 4, 2]);
  });
  afterAll(async () => {
    await t.close();
  });

  it("checks the session and the parameters first", async () => {
    expect((await call(t, "GET", path(w.province.id))).status).toBe(401);
    const bad = await call(t, "GET", `/api/v1/onestop/indicators/subunits?unitId=x&period=2026-Q5`, {
      session: w.as.admin,
    });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body).sort()).toEqual(["period", "unitId"]);
  });

  it("lists the current communes and retired ones with scores, each as its own page computes it", async () => {
    const res = await call(t, "GET", path(w.province.id), { session: w.as.admin });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((x: { unitId: string }) => x.unitId);
    expect(new Set(ids)).toEqual(new Set([w.a.id, w.b.id, retired.id]));
    const names = res.body.items.map((x: { unitName: string }) => x.unitName);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    for (const item of res.body.items) {
      const own = await call(t, "GET", `/api/v1/onestop/indicators?unitId=${item.unitId}&period=${period}`, {
        session: w.as.admin,
      });
      expect(item).toEqual({
        unitId: own.body.unitId,
        unitName: own.body.unitName,
        parentId: w.province.id,
        indicators: own.body.indicators.map(
          (x: { indicator: number; score: number | null; pointsSum: number; dossierCount: number }) => ({
            indicator: x.indicator,
            score: x.score,
            pointsSum: x.pointsSum,
            dossierCount: x.dossierCount,
          }),
        ),
        official: own.body.official,
        unit: own.body.unit,
      });
    }
    const a = res.body.items.find((x: { unitId: string }) => x.unitId === w.a.id);
    expect(a.official).toEqual({ score: 7.3, band: "full" });
    expect(a.indicators.find((x: { indicator: number }) => x.indicator === 5).score).not.toBeNull();
    const b = res.body.items.find((x: { unitId: string }) => x.unitId === w.b.id);
    expect([b.official, b.unit]).toEqual([null, null]);
    const earlier = await call(t, "GET", path(w.province.id, "2024-Q1"), { session: w.as.admin });
    expect(new Set(earlier.body.items.map((x: { unitId: string }) => x.unitId))).toEqual(
      new Set([w.a.id, w.b.id]),
    );
  });

  it("shows a commune official their commune only, and nothing of another unit", async () => {
    const own = await call(t, "GET", path(w.province.id), { session: w.as.clerkA });
    expect(own.status).toBe(200);
    expect(own.body.items.map((x: { unitId: string }) => x.unitId)).toEqual([w.a.id]);
    const sibling = await call(t, "GET", path(w.a.id), { session: w.as.clerkB });
    expect(sibling.status).toBe(404);
    expect((await call(t, "GET", path(w.province.id), { session: w.as.adminOther })).status).toBe(404);
    const leaf = await call(t, "GET", path(w.a.id), { session: w.as.leaderA });
    expect(leaf.body).toEqual({ items: [] });
  });
});
