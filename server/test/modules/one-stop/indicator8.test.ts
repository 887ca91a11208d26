import { periodOf } from "@danvan/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitions } from "../../../src/db/schema";
import { buildStaff, call, detailPaths, type Session, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { classify, intake, intakeBody, patchPetition } from "../petitions/helpers";
import {
  addDays,
  buildWorld,
  createProcedure,
  fileAtCounter,
  oneStopApp,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop indicator 8 from procedure feedback on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let reception: Session;
  let receptionB: Session;
  let procedureId: string;
  const today = todayVn();
  const period = periodOf(today);

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
    const r = await buildStaff(t.db, { unitId: w.a.id, roles: ["reception"] });
    reception = await signInFresh(t, r.username);
    const rb = await buildStaff(t.db, { unitId: w.b.id, roles: ["reception"] });
    receptionB = await signInFresh(t, rb.username);
  });
  afterAll(async () => {
    await t.close();
  });

  const indicator8 = async () => {
    const res = await call(t, "GET", `/api/v1/onestop/indicators?unitId=${w.a.id}&period=${period}`, {
      session: w.as.leaderA,
    });
    expect(res.status).toBe(200);
    return res.body.indicators.find((i: { indicator: number }) => i.indicator === 8);
  };

  const feedback = async (session: Session, unitId: string) =>
    (await intake(t, session, intakeBody(unitId, { kind: "feedback" }))).petition;

  it("scores 2 with no procedure feedback; ordinary feedback does not count", async () => {
    const street = await feedback(reception, w.a.id);
    expect((await classify(t, reception, street.id, { kind: "feedback" })).status).toBe(200);
    await patchPetition(t.db, street.id, { resolveDue: addDays(today, -3) });
    expect(await indicator8()).toMatchObject({
      score: 2,
      feedback: { resolved: 0, onTime: 0, prolonged: 0 },
    });
  });

  it("names the dossier by code within the petition's unit, else a 400 on dossierCode", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const inB = await feedback(receptionB, w.b.id);
    const outside = await classify(t, receptionB, inB.id, { kind: "feedback", dossierCode: dossier.code });
    expect(outside.status).toBe(400);
    expect(detailPaths(outside.body)).toEqual(["dossierCode"]);
    const unknown = await classify(t, receptionB, inB.id, { kind: "feedback", dossierCode: "KHONG-CO" });
    expect(detailPaths(unknown.body)).toEqual(["dossierCode"]);
    const [untouched] = await t.db.select().from(petitions).where(eq(petitions.id, inB.id));
    expect(untouched!.concernsProcedure).toBe(false);

    const p = await feedback(reception, w.a.id);
    const ok = await classify(t, reception, p.id, { kind: "feedback", dossierCode: dossier.code });
    expect(ok.status).toBe(200);
    const [row] = await t.db.select().from(petitions).where(eq(petitions.id, p.id));
    expect(row).toMatchObject({ concernsProcedure: true, dossierId: dossier.id });
  });

  it("counts resolved on time, late, and dragged out past the deadline", async () => {
    const onTime: string[] = [];
    for (let i = 0; i < 9; i += 1) {
      const p = await feedback(reception, w.a.id);
      await classify(t, reception, p.id, { kind: "recommendation", concernsProcedure: true });
      await patchPetition(t.db, p.id, { resolvedDate: today, resolvedOnTime: true });
      onTime.push(p.id);
    }
    const late = await feedback(reception, w.a.id);
    await classify(t, reception, late.id, { kind: "feedback", concernsProcedure: true });
    await patchPetition(t.db, late.id, { resolvedDate: today, resolvedOnTime: false });
    // the dossier-linked one from the test above is still open with a future deadline: not counted
    expect(await indicator8()).toMatchObject({
      score: 1,
      pointsSum: 9,
      dossierCount: 10,
      feedback: { resolved: 10, onTime: 9, prolonged: 0 },
    });

    const open = await feedback(reception, w.a.id);
    await classify(t, reception, open.id, { kind: "feedback", concernsProcedure: true });
    await patchPetition(t.db, open.id, { resolveDue: addDays(today, -2) });
    expect(await indicator8()).toMatchObject({ score: 0, feedback: { prolonged: 1 } });
  });
});
