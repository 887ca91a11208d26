import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  buildWorld,
  consultationApp,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  todayVn,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;
let k10: { id: string; code: string; members: { id: string }[] }[];
let k11: { id: string }[];

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  await importRows(t, w.as.receptionA, w.a.id, householdRows(10, "Khối 10", "K10"));
  await importRows(t, w.as.receptionA, w.a.id, householdRows(2, "Khối 11", "K11"));
  const all = await householdsOf(t, w.as.receptionA, w.a.id);
  k10 = all.filter((h) => h.code.startsWith("K10"));
  k11 = all.filter((h) => h.code.startsWith("K11"));
});
afterAll(() => t.close());

const vote = (id: string, householdId: string, optionId: string, s = w.as.receptionA) =>
  call(t, "POST", `/api/v1/consultations/${id}/votes`, { session: s, body: { householdId, optionId } });

describe("POST /api/v1/consultations/{id}/votes", () => {
  it("401, 404 out of scope, 400 naming the field", async () => {
    const c = await openVote(t, w);
    const optionId = c.options[0]!.id;
    expect(
      (
        await call(t, "POST", `/api/v1/consultations/${c.id}/votes`, {
          body: { householdId: k10[0]!.id, optionId },
        })
      ).status,
    ).toBe(401);
    expect((await vote(c.id, k10[0]!.id, optionId, w.as.receptionB)).status).toBe(404);
    expect(detailPaths((await vote(c.id, k11[0]!.id, optionId)).body)).toContain("householdId");
    const other = await openVote(t, w);
    expect(detailPaths((await vote(c.id, k10[0]!.id, other.options[0]!.id)).body)).toContain("optionId");
    const missing = await call(t, "POST", `/api/v1/consultations/${c.id}/votes`, {
      session: w.as.receptionA,
      body: { optionId },
    });
    expect(detailPaths(missing.body)).toContain("householdId");
  });

  it("> 50% of ALL households, not of those present; one vote per household, the last one counts", async () => {
    const c = await openVote(t, w, { matterType: "other" });
    const [a, b] = c.options.map((o) => o.id) as [string, string];
    for (const h of k10.slice(0, 4)) {
      await vote(c.id, h.id, a);
    }
    for (const h of k10.slice(4, 6)) {
      await vote(c.id, h.id, b);
    }
    let r = (await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA })).body.result;
    expect(r).toMatchObject({
      totalVoters: 10,
      participated: 6,
      absent: 4,
      leadingOptionId: a,
      thresholdMet: false,
    });
    expect(r.threshold.required).toBe(6);
    // Household 5 changes its mind: still six households, A now has five.
    const changed = await vote(c.id, k10[4]!.id, a);
    expect(changed.body).toMatchObject({ changed: true, optionId: a });
    r = (await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA })).body.result;
    expect(r.participated).toBe(6);
    expect(r.options.find((o: { optionId: string }) => o.optionId === a).votes).toBe(5);
    expect(r.thresholdMet).toBe(false);
    await vote(c.id, k10[6]!.id, a);
    r = (await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA })).body.result;
    expect(r).toMatchObject({ participated: 7, thresholdMet: true });
    expect(r.participationPercent).toBe(70);
    expect(await auditOf(t.db, "consultations.vote", c.id)).toHaveLength(8);
  });

  it("closing freezes the record and the commune deadline; votes after close are refused", async () => {
    const c = await openVote(t, w);
    await vote(c.id, k10[0]!.id, c.options[0]!.id);
    const skipped = await call(t, "POST", `/api/v1/consultations/${c.id}/phase`, {
      session: w.as.receptionA,
      body: { phase: "implementation" },
    });
    expect(skipped.status).toBe(412);
    const closed = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
      session: w.as.receptionA,
      body: { open: false },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.result).toMatchObject({ final: true, participated: 1, totalVoters: 10 });
    expect(closed.body.recordDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(closed.body.recordDue > todayVn()).toBe(true);
    expect(closed.body.recordOverdue).toBe(false);
    const late = await vote(c.id, k10[1]!.id, c.options[0]!.id);
    expect(late.status).toBe(412);
    expect(late.body.error.code).toBe("PRECONDITION_FAILED");
    // A household imported after the close does not change the frozen record.
    await importRows(t, w.as.receptionA, w.a.id, householdRows(1, "Khối 10", "K10X"));
    const after = await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA });
    expect(after.body.result.totalVoters).toBe(10);
    const reopen = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
      session: w.as.receptionA,
      body: { open: true },
    });
    expect(reopen.status).toBe(412);
    const sent = await call(t, "POST", `/api/v1/consultations/${c.id}/record-sent`, {
      session: w.as.receptionA,
    });
    expect(sent.body.recordSentAt).not.toBeNull();
    const moved = await call(t, "POST", `/api/v1/consultations/${c.id}/phase`, {
      session: w.as.receptionA,
      body: { phase: "implementation" },
    });
    expect(moved.body.phase).toBe("implementation");
  });
});

describe("PUT /api/v1/consultations/{id}/tally", () => {
  it("money matters need ≥ 2/3 of all households; counts must add up and never exceed the households", async () => {
    const c = await openVote(t, w, { matterType: "money" });
    const [a, b] = c.options.map((o) => o.id) as [string, string];
    const total = (await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA })).body
      .result.totalVoters;
    const tally = (over: Record<string, unknown>) =>
      call(t, "PUT", `/api/v1/consultations/${c.id}/tally`, {
        session: w.as.receptionA,
        body: {
          ballotsCast: 9,
          invalidBallots: 1,
          counts: [
            { optionId: a, count: 7 },
            { optionId: b, count: 1 },
          ],
          minutes: "Biên bản kiểm phiếu hội nghị Khối 10 ngày 15/02",
          ...over,
        },
      });
    expect((await call(t, "PUT", `/api/v1/consultations/${c.id}/tally`, { body: {} })).status).toBe(401);
    expect(detailPaths((await tally({ ballotsCast: 10 })).body)).toContain("ballotsCast");
    expect(detailPaths((await tally({ ballotsCast: total + 1, invalidBallots: total - 7 })).body)).toContain(
      "ballotsCast",
    );
    expect(detailPaths((await tally({ minutes: "<b>x</b> biên bản" })).body)).toContain("minutes");
    const required = Math.ceil((total * 2) / 3);
    const below = await tally({
      ballotsCast: required,
      invalidBallots: 0,
      counts: [
        { optionId: a, count: required - 1 },
        { optionId: b, count: 1 },
      ],
    });
    expect(below.body.result).toMatchObject({ source: "tally", thresholdMet: false });
    const at = await tally({
      ballotsCast: required,
      invalidBallots: 0,
      counts: [{ optionId: a, count: required }],
    });
    expect(at.body.result).toMatchObject({ source: "tally", thresholdMet: true, participated: required });
    expect(at.body.result.threshold).toMatchObject({ numerator: 2, denominator: 3, strict: false });
    const online = await vote(c.id, k10[0]!.id, a);
    expect(online.status).toBe(409);
  });

  it("a tally is refused once households have voted", async () => {
    const c = await openVote(t, w);
    await vote(c.id, k10[0]!.id, c.options[0]!.id);
    const res = await call(t, "PUT", `/api/v1/consultations/${c.id}/tally`, {
      session: w.as.receptionA,
      body: {
        ballotsCast: 1,
        invalidBallots: 0,
        counts: [{ optionId: c.options[0]!.id, count: 1 }],
        minutes: "Biên bản kiểm phiếu",
      },
    });
    expect(res.status).toBe(409);
  });
});

describe("online votes and per-person voting", () => {
  it("refuses an unverified voter (403) and a forged token", async () => {
    const c = await openVote(t, w);
    const url = `/api/public/v1/consultations/${c.id}/vote`;
    expect((await call(t, "POST", url, { body: { optionId: c.options[0]!.id } })).status).toBe(403);
    const forged = await call(t, "POST", url, {
      headers: { "x-voter-token": "x".repeat(43) },
      body: { optionId: c.options[0]!.id },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.message).toContain("xác thực");
  });

  it("money matters are never voted online (Đ.17)", async () => {
    const c = await openVote(t, w, { matterType: "money" });
    const token = await call(t, "POST", `/api/v1/consultations/${c.id}/households/${k10[0]!.id}/verify`, {
      session: w.as.receptionA,
      body: { documentNote: "CCCD đối chiếu tại buổi họp" },
    });
    const res = await call(t, "POST", `/api/public/v1/consultations/${c.id}/vote`, {
      headers: { "x-voter-token": token.body.token },
      body: { optionId: c.options[0]!.id },
    });
    expect(res.status).toBe(412);
    expect(res.body.error.message).toContain("Đ.17");
  });

  it("counts each member once when voting per person, and needs the member", async () => {
    const c = await openVote(t, w, { voteBasis: "person" });
    const h = k10[0]!;
    const noMember = await vote(c.id, h.id, c.options[0]!.id);
    expect(detailPaths(noMember.body)).toContain("memberId");
    const token = await call(t, "POST", `/api/v1/consultations/${c.id}/households/${h.id}/verify`, {
      session: w.as.receptionA,
      body: { memberId: h.members[1]!.id, documentNote: "CCCD của thành viên" },
    });
    const url = `/api/public/v1/consultations/${c.id}/vote`;
    const headers = { "x-voter-token": token.body.token };
    expect((await call(t, "POST", url, { headers, body: { optionId: c.options[0]!.id } })).status).toBe(200);
    expect((await call(t, "POST", url, { headers, body: { optionId: c.options[1]!.id } })).body.changed).toBe(
      true,
    );
    const r = (await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA })).body.result;
    expect(r.participated).toBe(1);
    expect(r.totalVoters).toBeGreaterThanOrEqual(20);
  });
});
