import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, detailPaths } from "../../support/factories";
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
    // every household of the commune approved: every village did, however the ballots split
    expect(tally.body.result).toMatchObject({
      source: "tally",
      thresholdMet: true,
      villageCounting: { mode: "single", minApproving: 3, maxApproving: 3 },
    });
    expect(tally.body.result.threshold.base).toBe("villages");
    expect(
      tally.body.result.villages.every((v: { participated: number | null }) => v.participated === null),
    ).toBe(true);
  });
});

describe("a commune-wide money matter counted at one meeting or village by village", () => {
  const tally = (id: string, body: Record<string, unknown>) =>
    call(t, "PUT", `/api/v1/consultations/${id}/tally`, {
      session: w.as.receptionA,
      body: { invalidBallots: 0, minutes: "Biên bản kiểm phiếu các hội nghị thôn, khối", ...body },
    });
  const wide = () => openVote(t, w, { matterType: "money", areas: [{ unitId: w.a.id, hamlet: null }] });

  it("a single count decides only when every split by village agrees, else it stays open", async () => {
    const c = await wide();
    const [yes, no] = [c.options[0]!.id, c.options[1]!.id];
    // 5 of 9 for: split 2+2+1 two villages approve, split 3+1+1 only one; the count cannot say
    const open = await tally(c.id, {
      ballotsCast: 9,
      counts: [
        { optionId: yes, count: 5 },
        { optionId: no, count: 4 },
      ],
    });
    expect(open.status).toBe(200);
    expect(open.body.result).toMatchObject({
      thresholdMet: null,
      villageCounting: { mode: "single", minApproving: 1, maxApproving: 2 },
    });
    // 3 for, 2 against, 4 spoilt: neither option can reach 2 of 3 households in 2 villages of 3
    const failed = await tally(c.id, {
      ballotsCast: 9,
      invalidBallots: 4,
      counts: [
        { optionId: yes, count: 3 },
        { optionId: no, count: 2 },
      ],
    });
    expect(failed.body.result).toMatchObject({
      thresholdMet: false,
      villageCounting: { mode: "single", maxApproving: 1 },
    });
  });

  it("a count per village meeting decides exactly; its totals must be the villages' sums", async () => {
    const c = await wide();
    const [yes, no] = [c.options[0]!.id, c.options[1]!.id];
    const village = (hamlet: string, y: number, n: number, spoilt = 0) => ({
      unitId: w.a.id,
      hamlet,
      ballotsCast: y + n + spoilt,
      invalidBallots: spoilt,
      counts: [
        { optionId: yes, count: y },
        { optionId: no, count: n },
      ],
    });
    const villages = [village("Khối 10", 2, 1), village("Khối 11", 2, 0, 1), village("Khối 12", 1, 2)];
    const wrongSum = await tally(c.id, {
      ballotsCast: 9,
      invalidBallots: 1,
      counts: [
        { optionId: yes, count: 6 },
        { optionId: no, count: 2 },
      ],
      villages,
    });
    expect(wrongSum.status).toBe(400);
    expect(detailPaths(wrongSum.body)).toContain("villages");
    const tooMany = await tally(c.id, {
      ballotsCast: 9,
      counts: [
        { optionId: yes, count: 6 },
        { optionId: no, count: 3 },
      ],
      // within the commune's 9 households, but Khối 10 has only 3
      villages: [village("Khối 10", 4, 0), village("Khối 11", 2, 0), village("Khối 12", 0, 3)],
    });
    expect(detailPaths(tooMany.body)).toContain("villages.0.ballotsCast");
    const outside = await tally(c.id, {
      ballotsCast: 3,
      counts: [{ optionId: yes, count: 3 }],
      villages: [{ ...village("Khối 99", 3, 0), counts: [{ optionId: yes, count: 3 }] }],
    });
    expect(detailPaths(outside.body)).toContain("villages.0.hamlet");
    const ok = await tally(c.id, {
      ballotsCast: 9,
      invalidBallots: 1,
      counts: [
        { optionId: yes, count: 5 },
        { optionId: no, count: 3 },
      ],
      villages,
    });
    expect(ok.status).toBe(200);
    // the same 5 of 9 as the single count above, but now known by village: Khối 10 and 11 approve
    expect(ok.body.result).toMatchObject({
      thresholdMet: true,
      villageCounting: { mode: "per_village" },
    });
    const k12 = ok.body.result.villages.find((v: { hamlet: string }) => v.hamlet === "Khối 12");
    // options are alternatives: Khối 12 carried the other one by 2 of its 3 households
    expect(k12).toMatchObject({ participated: 3, approvedOptionId: no });
    const k11 = ok.body.result.villages.find((v: { hamlet: string }) => v.hamlet === "Khối 11");
    // its spoilt ballot was cast: three took part; the village's own count comes back for a correction
    expect(k11).toMatchObject({
      participated: 3,
      approvedOptionId: yes,
      tally: { ballotsCast: 3, invalidBallots: 1, counts: { [yes]: 2, [no]: 0 } },
    });
  });
});
