import { periodOf } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierScores, dossierSteps, dossiers } from "../../../src/db/schema";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  addDays,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  patchDossier,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop TT 01/2018 indicators on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;
  const today = todayVn();
  const period = periodOf(today);

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const read = (session = w.as.leaderA) =>
    call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.a.id}&period=${period}`, { session });

  /** Runs a received dossier through both steps, approval and return. */
  async function finish(id: string, opts: { lateStep?: boolean; lateResult?: boolean } = {}) {
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    if (opts.lateStep) {
      await t.db
        .update(dossierSteps)
        .set({ dueDate: addDays(today, -1) })
        .where(and(eq(dossierSteps.dossierId, id), eq(dossierSteps.stepNo, 1)));
    }
    await must(
      act(t, w.as.handlerA, id, "complete-step", { stepNo: 1, nextHandlerId: w.people.handlerA.id }),
    );
    await must(act(t, w.as.handlerA, id, "complete-step", { stepNo: 2 }));
    if (opts.lateResult) {
      await patchDossier(t.db, id, { originalAppointmentDate: addDays(today, -1) });
    }
    await must(act(t, w.as.leaderA, id, "approve", { decision: "granted" }));
    await must(act(t, w.as.clerkA, id, "return-result"));
  }

  it("scores each returned dossier and keeps the unit's sums current", async () => {
    const empty = await read();
    expect(empty.status).toBe(200);
    expect(empty.body.official).toBeNull();
    // An early counter dossier with no supplement.
    const { dossier: d1 } = await fileAtCounter(t, w, procedureId);
    await must(act(t, w.as.clerkA, d1.id, "receive"));
    await finish(d1.id);
    const [s1] = await t.db.select().from(dossierScores).where(eq(dossierScores.dossierId, d1.id));
    expect(s1!.points).toEqual({ "1": 2, "2": 2, "3": 2, "4": 1, "6": 2, "7": 2 });
    expect((await read()).body.indicators[0]).toMatchObject({
      indicator: 1,
      score: 2,
      pointsSum: 2,
      dossierCount: 1,
    });
    // An online dossier with one supplement, a late step and a late result.
    const online = await call(t, "POST", "/api/public/v1/dossiers", {
      body: {
        procedureId,
        applicant: {
          kind: "person",
          name: "Võ Thị Trực Tuyến",
          personalId: "040190054321",
          phone: "0987654321",
          address: "Xã A",
        },
        documents: [{ key: "don", form: "electronic" }],
      },
    });
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.code, online.body.code));
    const d2 = row!.id;
    await must(act(t, w.as.clerkA, d2, "start-check"));
    await must(
      act(t, w.as.clerkA, d2, "request-supplement", {
        items: [{ key: "gcn", description: "Giấy chứng nhận" }],
      }),
    );
    await must(act(t, w.as.clerkA, d2, "supplement", { documents: [{ key: "gcn", form: "original" }] }));
    await must(act(t, w.as.clerkA, d2, "receive"));
    await finish(d2, { lateStep: true, lateResult: true });
    const res = await read();
    const score = (i: number) =>
      res.body.indicators.find((x: { indicator: number }) => x.indicator === i).score;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(score)).toEqual([1, 1, 1.5, 1, 1, 2, 1.5, 2, 0]);
    expect(res.body.official).toEqual({ score: 6, band: "full" });
    // indicator 8: no feedback about procedures this quarter, 2 points
    expect(res.body.unit).toEqual({ score: 11, band: "fair" });
    expect(res.body.indicators[0].formula).toContain("÷ số hồ sơ");
    // Drill-down: the counted dossiers and their points.
    const drill = await call(
      t,
      "GET",
      `/api/v1/onestop/indicators/1/dossiers?unitId=${w.a.id}&period=${period}`,
      {
        session: w.as.inspector,
      },
    );
    expect(drill.status).toBe(200);
    expect(
      drill.body.items.map((x: { dossierId: string; points: number }) => [x.dossierId, x.points]).sort(),
    ).toEqual(
      [
        [d1.id, 2],
        [d2, 0],
      ].sort(),
    );
  });

  it("scores each official over the dossiers they received or processed", async () => {
    const res = await call(
      t,
      "GET",
      `/api/v1/onestop/indicators/officials?unitId=${w.a.id}&period=${period}`,
      {
        session: w.as.leaderA,
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((x: { staff: { name: string } }) => x.staff.name)).toEqual([
      "Hoàng Xử Lý",
      "Phạm Một Cửa",
    ]);
    expect(res.body.items[0]).toMatchObject({
      dossierCount: 2,
      indicators: { "1": 1, "2": 1, "3": 1.5, "4": 1, "7": 1.5 },
      score: 6,
      band: "full",
    });
    const other = await call(
      t,
      "GET",
      `/api/v1/onestop/indicators/officials?unitId=${w.a.id}&period=${period}`,
      {
        session: w.as.clerkB,
      },
    );
    expect(other.status).toBe(404);
  });

  it("guards scope and names bad parameters", async () => {
    expect(
      (await call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.a.id}&period=${period}`)).status,
    ).toBe(401);
    expect((await read(w.as.clerkB)).status).toBe(404);
    const badPeriod = await call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.a.id}&period=2026-Q5`, {
      session: w.as.leaderA,
    });
    expect(badPeriod.status).toBe(400);
    expect(detailPaths(badPeriod.body)).toEqual(["period"]);
    const unitLevel = await call(
      t,
      "GET",
      `/api/v1/onestop/indicators/5/dossiers?unitId=${w.a.id}&period=${period}`,
      {
        session: w.as.leaderA,
      },
    );
    expect(detailPaths(unitLevel.body)).toEqual(["indicator"]);
  });
});
