import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  addEntry,
  buildWorld,
  openSession,
  receptionApp,
  reps,
  todayVn,
  uploadPdf,
  type World,
} from "./helpers";

describe(`reception statistics on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;
  const year = todayVn().slice(0, 4);

  beforeAll(async () => {
    t = await receptionApp();
    w = await buildWorld(t);
    const file = await uploadPdf(t, w.as.receptionA);
    const periodic = await openSession(t, w);
    await addEntry(t, w.as.receptionA, periodic.id, {
      peopleCount: 8,
      representatives: reps(2),
      appointmentFileId: file,
    });
    await addEntry(t, w.as.receptionA, periodic.id, { kind: "feedback", outcome: "answered" });
    const regular = await openSession(t, w, { type: "regular", hostId: null });
    await addEntry(t, w.as.receptionA, regular.id, {
      kind: "recommendation",
      outcome: "guided",
      withinCompetence: false,
      guidance: { body: "Tòa án nhân dân khu vực" },
    });
    await openSession(t, w, { date: "2026-01-15" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("refuses anonymous callers and bad periods by field", async () => {
    expect((await call(t, "GET", `/api/v1/reception/stats?from=${year}-01-01&to=${year}-12-31`)).status).toBe(
      401,
    );
    const bad = await call(t, "GET", "/api/v1/reception/stats?from=2026-01-01", { session: w.as.leaderA });
    expect(detailPaths(bad.body)).toEqual(["to"]);
    const reversed = await call(t, "GET", "/api/v1/reception/stats?from=2026-12-31&to=2026-01-01", {
      session: w.as.leaderA,
    });
    expect(detailPaths(reversed.body)).toEqual(["to"]);
    const long = await call(t, "GET", "/api/v1/reception/stats?from=2010-01-01&to=2026-01-01", {
      session: w.as.leaderA,
    });
    expect(detailPaths(long.body)).toEqual(["to"]);
  });

  it("counts sessions held and citizens by group size, by leader and type, in scope", async () => {
    const res = await call(t, "GET", `/api/v1/reception/stats?from=${year}-01-01&to=${year}-12-31`, {
      session: w.as.leaderA,
    });
    expect(res.status).toBe(200);
    // The planned session of 15/01 was never held: it does not count.
    expect(res.body).toMatchObject({
      sessions: 2,
      sessionsByType: { periodic: 1, regular: 1 },
      citizens: 10,
      entries: 3,
      groupEntries: 1,
      byKind: { complaint: 1, feedback: 1, recommendation: 1 },
      byOutcome: { accepted: 1, answered: 1, guided: 1 },
    });
    expect(res.body.byHost.find((h: { hostId: string }) => h.hostId === w.people.leaderA.id)).toMatchObject({
      sessions: 1,
      citizens: 9,
      entries: 2,
    });
    const byKind = await call(
      t,
      "GET",
      `/api/v1/reception/stats?from=${year}-01-01&to=${year}-12-31&kind=feedback`,
      {
        session: w.as.leaderA,
      },
    );
    expect(byKind.body.citizens).toBe(1);
    const theirs = await call(t, "GET", `/api/v1/reception/stats?from=${year}-01-01&to=${year}-12-31`, {
      session: w.as.leaderB,
    });
    expect(theirs.body).toMatchObject({ sessions: 0, citizens: 0, entries: 0 });
    const province = await call(t, "GET", `/api/v1/reception/stats?from=${year}-01-01&to=${year}-12-31`, {
      session: w.as.inspector,
    });
    expect(province.body.citizens).toBe(10);
  });
});
