import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  buildWorld,
  consultationApp,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;
let byBlock: Record<string, { id: string }[]>;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  for (const block of ["10", "11", "12"]) {
    await importRows(t, w.as.receptionA, w.a.id, householdRows(3, `Khối ${block}`, `K${block}`));
  }
  const all = await householdsOf(t, w.as.receptionA, w.a.id);
  byBlock = Object.fromEntries(
    ["K10", "K11", "K12"].map((p) => [p, all.filter((h) => h.code.startsWith(`${p}-`))]),
  );
});
afterAll(() => t.close());

const vote = (id: string, householdId: string, optionId: string) =>
  call(t, "POST", `/api/v1/consultations/${id}/votes`, {
    session: w.as.receptionA,
    body: { householdId, optionId },
  });
const resultOf = async (id: string) =>
  (await call(t, "GET", `/api/v1/consultations/${id}`, { session: w.as.leaderA })).body.result;

describe("money matters applied commune-wide (Luật THDCCS 2022 Đ.21)", () => {
  it("pass when ≥ 2/3 of the villages approve, each by ≥ 2/3 of all its households", async () => {
    const c = await openVote(t, w, { matterType: "money", areas: [{ unitId: w.a.id, hamlet: null }] });
    const yes = c.options[0]!.id;
    const no = c.options[1]!.id;
    await vote(c.id, byBlock.K10![0]!.id, yes);
    await vote(c.id, byBlock.K10![1]!.id, yes);
    await vote(c.id, byBlock.K11![0]!.id, yes);
    await vote(c.id, byBlock.K11![1]!.id, no);
    let result = await resultOf(c.id);
    expect(result.threshold).toMatchObject({
      ruleCode: "grassroots.threshold.money_commune",
      numerator: 2,
      denominator: 3,
      base: "villages",
      required: 2,
    });
    expect(result.villages).toHaveLength(3);
    const k10 = result.villages.find((v: { hamlet: string }) => v.hamlet === "Khối 10");
    expect(k10).toMatchObject({ total: 3, participated: 2, required: 2, approvedOptionId: yes });
    expect(
      result.villages.filter((v: { approvedOptionId: string | null }) => v.approvedOptionId),
    ).toHaveLength(1);
    expect(result.thresholdMet).toBe(false);

    // Khối 11 changes one vote: two villages of three approve, although only 4 of 9 households said yes.
    await vote(c.id, byBlock.K11![1]!.id, yes);
    result = await resultOf(c.id);
    expect(result.options.find((o: { optionId: string }) => o.optionId === yes).votes).toBe(4);
    expect(result.thresholdMet).toBe(true);

    // Closing freezes the per-village record too.
    const closed = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
      session: w.as.receptionA,
      body: { open: false },
    });
    expect(closed.body.result).toMatchObject({ final: true, thresholdMet: true });
    expect(closed.body.result.villages).toHaveLength(3);
  });

  it("one village stays on its households; a single meeting count across villages leaves the outcome open", async () => {
    const single = await openVote(t, w, { matterType: "money" });
    await vote(single.id, byBlock.K10![0]!.id, single.options[0]!.id);
    const one = await resultOf(single.id);
    expect(one.villages).toBeUndefined();
    expect(one.threshold).toMatchObject({ ruleCode: "grassroots.threshold.money", required: 2 });

    const wide = await openVote(t, w, { matterType: "money", areas: [{ unitId: w.a.id, hamlet: null }] });
    const tally = await call(t, "PUT", `/api/v1/consultations/${wide.id}/tally`, {
      session: w.as.receptionA,
      body: {
        ballotsCast: 9,
        invalidBallots: 0,
        counts: [{ optionId: wide.options[0]!.id, count: 9 }],
        minutes: "Biên bản kiểm phiếu hội nghị toàn xã",
      },
    });
    expect(tally.status).toBe(200);
    expect(tally.body.result).toMatchObject({ source: "tally", thresholdMet: null });
    expect(tally.body.result.threshold.base).toBe("villages");
  });
});
