import fs from "node:fs";
import path from "node:path";
import { periodOf } from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossiers, officialScoreRollups } from "../../../src/db/schema";
import { officialIndicators } from "../../../src/modules/one-stop/official-indicators";
import { scoreDossier } from "../../../src/modules/one-stop/score-dossier";
import type { Ctx } from "../../../src/platform/context";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  todayVn,
  type World,
} from "./helpers";
import { officialIndicatorsNaive } from "./official-indicators-naive";

describe(`one-stop officials' running sums on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;
  const period = periodOf(todayVn());
  const reason = { reason: "Công dân phản ánh cán bộ gây phiền hà, đã xác minh đúng" };

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const ctx = (): Ctx => ({
    db: t.db,
    config: t.config,
    requestId: "test",
    locale: "vi",
    ip: null,
    actor: {
      id: w.people.admin.id,
      username: w.people.admin.username,
      fullName: "Admin",
      unitId: w.province.id,
      grants: [{ id: "g", role: "admin", unitId: w.province.id, unitPath: w.province.path }],
    },
  });
  const both = async (p: string) => {
    const q = { unitId: w.a.id, period: p };
    return { rollup: await officialIndicators(ctx(), q), naive: await officialIndicatorsNaive(ctx(), q) };
  };

  /** Receives a counter dossier and completes its two steps with the given handlers; leaves it approved. */
  async function approved(step1 = w.people.handlerA, step2 = w.people.handlerA) {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const as = (id: string) => (id === w.people.handlerA.id ? w.as.handlerA : w.as.handler2A);
    await must(act(t, w.as.clerkA, dossier.id, "receive"));
    await must(act(t, w.as.clerkA, dossier.id, "start-processing", { handlerId: step1.id }));
    await must(act(t, as(step1.id), dossier.id, "complete-step", { stepNo: 1, nextHandlerId: step2.id }));
    await must(act(t, as(step2.id), dossier.id, "complete-step", { stepNo: 2 }));
    await must(act(t, w.as.leaderA, dossier.id, "approve", { decision: "granted" }));
    return dossier.id;
  }
  const returned = async (id: string) => must(act(t, w.as.clerkA, id, "return-result"));

  it("equal the grouped read after scorings, a second round and conduct rescores", async () => {
    expect((await both(period)).rollup).toEqual({ items: [] });
    // one handler completes both steps: counted once for that dossier
    await returned(await approved());
    let r = await both(period);
    expect(r.rollup).toEqual(r.naive);
    expect(r.rollup.items.map((x) => [x.staff.name, x.dossierCount])).toEqual([
      ["Hoàng Xử Lý", 1],
      ["Phạm Một Cửa", 1],
    ]);
    // two handlers, then a conduct complaint before the result: indicator 7 scores 0 from the start
    const d2 = await approved(w.people.handlerA, w.people.handler2A);
    await must(act(t, w.as.leaderA, d2, "record-complaint", reason));
    await returned(d2);
    // a conduct complaint after scoring moves indicator 7 of its three officials
    const d3 = await approved(w.people.handler2A, w.people.handler2A);
    await returned(d3);
    await must(act(t, w.as.leaderA, d3, "record-complaint", reason));
    r = await both(period);
    expect(r.rollup).toEqual(r.naive);
    expect(r.rollup.items.find((x) => x.staff.name === "Phan Thẩm Định")).toMatchObject({
      dossierCount: 2,
      indicators: { "7": 0 },
    });
    // returned for supplement after handler 2 completed step 1: round 1's steps no longer count
    const { dossier: d4 } = await fileAtCounter(t, w, procedureId);
    await must(act(t, w.as.clerkA, d4.id, "receive"));
    await must(act(t, w.as.clerkA, d4.id, "start-processing", { handlerId: w.people.handler2A.id }));
    await must(
      act(t, w.as.handler2A, d4.id, "complete-step", { stepNo: 1, nextHandlerId: w.people.handlerA.id }),
    );
    await must(
      act(t, w.as.handlerA, d4.id, "return-for-supplement", {
        items: [{ key: "gcn", description: "Nộp lại bản gốc hợp lệ" }],
        reason: "Giấy tờ không hợp lệ",
      }),
    );
    await must(act(t, w.as.clerkA, d4.id, "supplement", { documents: [{ key: "gcn", form: "original" }] }));
    await must(act(t, w.as.clerkA, d4.id, "start-processing", { handlerId: w.people.handlerA.id }));
    await must(
      act(t, w.as.handlerA, d4.id, "complete-step", { stepNo: 1, nextHandlerId: w.people.handlerA.id }),
    );
    await must(act(t, w.as.handlerA, d4.id, "complete-step", { stepNo: 2 }));
    await must(act(t, w.as.leaderA, d4.id, "approve", { decision: "granted" }));
    await returned(d4.id);
    // a dossier scored in an earlier quarter stays out of this one
    const d5 = await approved(w.people.handler2A, w.people.handlerA);
    const [row] = await t.db.select().from(dossiers).where(eq(dossiers.id, d5));
    await scoreDossier(t.db, { ...row!, returnedDate: "2025-02-10" }, "2025-02-10");
    r = await both(period);
    expect(r.rollup).toEqual(r.naive);
    expect(r.rollup.items.map((x) => [x.staff.name, x.dossierCount])).toEqual([
      ["Hoàng Xử Lý", 3],
      ["Phạm Một Cửa", 4],
      ["Phan Thẩm Định", 2],
    ]);
    const earlier = await both("2025-Q1");
    expect(earlier.rollup).toEqual(earlier.naive);
    expect(earlier.rollup.items).toHaveLength(3);
    // scoring the same dossier again adds nothing
    await scoreDossier(t.db, { ...row!, returnedDate: "2025-02-10" }, "2025-02-10");
    expect((await both("2025-Q1")).rollup).toEqual(earlier.rollup);
  });

  it("are rebuilt by the migration's backfill to the same rows", async () => {
    const kept = await t.db.select().from(officialScoreRollups);
    expect(kept.length).toBeGreaterThan(0);
    const file = path.join(__dirname, "../../../src/db/migrations/0019_onestop_official_score_rollups.sql");
    const backfill = fs
      .readFileSync(file, "utf8")
      .split("--> statement-breakpoint")
      .find((s) => s.includes("INSERT INTO onestop_official_score_rollups"))!;
    await t.db.delete(officialScoreRollups);
    await t.db.execute(sql.raw(backfill));
    const key = (x: typeof officialScoreRollups.$inferSelect) =>
      `${x.unitId} ${x.period} ${x.staffId} ${x.indicator}`;
    const sorted = (xs: (typeof officialScoreRollups.$inferSelect)[]) =>
      [...xs].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(await t.db.select().from(officialScoreRollups))).toEqual(sorted(kept));
  });
});
