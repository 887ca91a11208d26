import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../../src/db/seed/demo";
import { call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { satisfactionApp } from "./helpers";

describe(`demo satisfaction at Xã Nam Đàn on ${DB_KIND}`, () => {
  let t: TestApp;
  let seconds = 0;
  beforeAll(async () => {
    t = await satisfactionApp();
    const started = performance.now();
    await seedDemo(t.db, t.config);
    seconds = (performance.now() - started) / 1000;
  });
  afterAll(async () => t.close());

  it("gives the chairman a year of counter ratings, per clerk, with n and open follow-ups", async () => {
    const head = await signInFresh(t, "namdan.leader", DEMO_PASSWORD);
    const byOfficer = await call(t, "GET", "/api/v1/satisfaction/index?by=officer", { session: head });
    expect(byOfficer.status).toBe(200);
    const { total, rows } = byOfficer.body;
    expect(total.n).toBeGreaterThan(400);
    expect(total.satisfiedShare).toBeGreaterThan(0.85);
    expect(total.satisfiedShare).toBeLessThan(0.97);
    expect(total.openFollowUps).toBe(2);
    expect(rows.map((r: { label: string }) => r.label).sort()).toEqual([
      "Hồ Thị Thanh Tâm",
      "Lê Thị Kim Oanh",
      "Trần Đức Anh",
    ]);
    const n = rows.reduce((s: number, r: { n: number }) => s + r.n, 0);
    expect(n).toBe(total.n);
    const byMonth = await call(t, "GET", "/api/v1/satisfaction/index?by=month", { session: head });
    expect(byMonth.body.rows.length).toBeGreaterThanOrEqual(12);
    const open = await call(t, "GET", "/api/v1/satisfaction/ratings?followUp=open", { session: head });
    expect(open.body.items.every((r: { followUpTaskCode: string | null }) => r.followUpTaskCode)).toBe(true);
    const tasks = await call(t, "GET", "/api/v1/tasks?view=directing", { session: head });
    expect(JSON.stringify(tasks.body)).toContain("RECENT-02");
    expect(seconds).toBeLessThan(120);
  });

  it("keeps other communes' ratings out of another chairman's view", async () => {
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    const index = await call(t, "GET", "/api/v1/satisfaction/index", { session: leader });
    expect(index.body.total.n).toBe(0);
  });
});
