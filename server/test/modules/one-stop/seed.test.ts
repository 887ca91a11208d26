import { periodOf } from "@danvan/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, procedures, units } from "../../../src/db/schema";
import { DEMO_PASSWORD, seedDemo } from "../../../src/db/seed/demo";
import { call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { oneStopApp, todayVn } from "./helpers";

describe(`demo one-stop catalogue on ${DB_KIND}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await oneStopApp();
    await seedDemo(t.db, t.config);
  });
  afterAll(async () => {
    await t.close();
  });

  it("seeds four procedures for Thái Hòa and Hưng Nguyên and a day at the Thái Hòa counter", async () => {
    const all = await t.db.select().from(procedures);
    expect(all).toHaveLength(8);
    expect(new Set(all.map((p) => p.code))).toEqual(
      new Set(["1.001193", "2.000815", "NA.DD.01", "NA.BT.01"]),
    );
    expect(all.filter((p) => p.steps.some((s) => s.agencyId === null))).toEqual([]);
    expect(await t.db.select().from(dossiers)).toHaveLength(6);
    const clerk = await signInFresh(t, "clerk", DEMO_PASSWORD);
    const queue = await call(t, "GET", "/api/v1/onestop/queues/counter", { session: clerk });
    expect(queue.body.items.map((d: { status: string }) => d.status).sort()).toEqual(["checking", "new"]);
    const published = await call(t, "GET", "/api/public/v1/procedures?q=khai%20sinh");
    expect(published.body.items.map((p: { unitName: string }) => p.unitName).sort()).toEqual([
      "Phường Thái Hòa",
      "Xã Hưng Nguyên",
    ]);
    const handler = await signInFresh(t, "handler", DEMO_PASSWORD);
    const mine = await call(t, "GET", "/api/v1/onestop/queues/mine", { session: handler });
    expect(mine.body.items.map((d: { procedure: { code: string } }) => d.procedure.code)).toEqual([
      "NA.BT.01",
    ]);
    // Thái Hòa's own handler has the land dossier whose appraisal step ran past its budget.
    const thaiHoaHandler = await signInFresh(t, "thaihoa.handler", DEMO_PASSWORD);
    const hers = await call(t, "GET", "/api/v1/onestop/queues/mine", { session: thaiHoaHandler });
    expect(hers.body.items.map((d: { applicantName: string }) => d.applicantName)).toEqual(["Hồ Văn Dũng"]);
    const late = await call(t, "GET", "/api/v1/onestop/queues/overdue-steps", { session: thaiHoaHandler });
    expect(late.body.items).toMatchObject([{ stepNo: 1, handler: { name: "Võ Thị Hằng" } }]);
    const thaiHoaLeader = await signInFresh(t, "thaihoa.leader", DEMO_PASSWORD);
    expect((await call(t, "GET", "/api/v1/onestop/queues/approval", { session: thaiHoaLeader })).status).toBe(
      200,
    );
    const admin = await signInFresh(t, "admin", DEMO_PASSWORD);
    const [thaiHoa] = await t.db.select().from(units).where(eq(units.code, "16939"));
    const scores = await call(
      t,
      "GET",
      `/api/v1/onestop/indicators?unitId=${thaiHoa!.id}&period=${periodOf(todayVn())}`,
      { session: admin },
    );
    expect(scores.body.indicators[0]).toMatchObject({ indicator: 1, dossierCount: 2, score: 1 });
    expect(scores.body.official).not.toBeNull();
    const bt = await call(t, "GET", "/api/v1/onestop/procedures?q=NA.BT", { session: admin });
    expect(bt.body.items[0].steps.map((s: { agency: { name: string } }) => s.agency.name)).toEqual([
      "Phòng Kinh tế",
      "Phòng Kinh tế",
      "Văn phòng HĐND và UBND",
    ]);
  });
});
