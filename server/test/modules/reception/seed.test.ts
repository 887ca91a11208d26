import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../../src/db/seed/demo";
import { call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { receptionApp, todayVn } from "./helpers";

describe(`demo reception on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let seconds = 0;

  beforeAll(async () => {
    t = await receptionApp();
    const started = performance.now();
    await seedDemo(t.db, t.config);
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(async () => {
    await t.close();
  });

  it("gives Anh Sơn's chairman a twice-monthly schedule that meets the statutory minimum", async () => {
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    const view = await call(t, "GET", "/api/v1/reception/schedule?days=120", { session: leader });
    expect(view.status).toBe(200);
    expect(view.body.schedules.map((s: { kind: string }) => s.kind).sort()).toEqual(["committee", "leader"]);
    expect(view.body.warnings).toEqual([]);
    const periodic = view.body.occurrences.filter(
      (o: { sessionType: string }) => o.sessionType === "periodic",
    );
    expect(periodic.length).toBeGreaterThanOrEqual(7);
    const pub = await call(
      t,
      "GET",
      `/api/public/v1/reception/schedule?unitId=${view.body.schedules[0].unitId}`,
    );
    expect(pub.body.regular[0].weekdays).toEqual([2, 4]);
  });

  it("counts the seeded book in the article's shape: periodic sessions, more citizens than sessions", async () => {
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    const stats = await call(t, "GET", `/api/v1/reception/stats?from=2025-07-01&to=${todayVn()}`, {
      session: leader,
    });
    expect(stats.status).toBe(200);
    const s = stats.body;
    expect(s.sessionsByType.periodic).toBeGreaterThanOrEqual(30);
    expect(s.sessionsByType.regular).toBeGreaterThanOrEqual(20);
    expect(s.citizens).toBeGreaterThan(s.entries);
    expect(s.groupEntries).toBeGreaterThan(0);
    expect(s.tripartiteRecords).toBe(1);
    expect(s.workingSessions).toBeGreaterThan(0);
    expect(s.conclusions).toBe(2);
    const reception = await signInFresh(t, "reception", DEMO_PASSWORD);
    const tasks = await call(t, "GET", "/api/v1/tasks?view=mine&source=reception", { session: reception });
    expect(tasks.body.items.length).toBe(2);
    expect(seconds).toBeLessThan(60);
  });
});
