import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../../src/db/seed/demo";
import { call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { consultationApp } from "./helpers";

describe(`demo consultation on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };

  beforeAll(async () => {
    t = await consultationApp();
    await seedDemo(t.db, t.config);
  });
  afterAll(() => t.close());

  it("tells the Khối 10 cemetery story on the public API", async () => {
    const list = await call(t, "GET", "/api/public/v1/consultations");
    const item = list.body.items.find((i: { title: string }) => i.title.includes("nghĩa trang Khối 10"));
    expect(item).toBeDefined();
    const pub = await call(t, "GET", `/api/public/v1/consultations/${item.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.phase).toBe("implementation");
    expect(pub.body.options.map((o: { label: string }) => o.label)).toHaveLength(3);
    expect(pub.body.results).toMatchObject({
      final: true,
      totalVoters: 24,
      participated: 23,
      thresholdMet: true,
    });
    expect(pub.body.results.leadingOptionId).toBe(pub.body.options[1].id);
    expect(pub.body.questions.filter((q: { answer: string | null }) => q.answer)).toHaveLength(3);
    expect(pub.body.unansweredQuestions).toBe(1);
    expect(pub.body.comments).toHaveLength(3);
    expect(pub.body.meetings[0].householdsPresent).toBe(21);
    expect(pub.body.commitments.map((m: { progress: number }) => m.progress).sort()).toEqual([0, 40]);
    expect(pub.body.consensus.history.length).toBeGreaterThanOrEqual(5);
    expect(pub.body.consensus).toMatchObject({ tracked: 24, agreed: 22 });
  });

  it("lets the commune's officer and the province inspector open it; Anh Sơn's leader does not see it", async () => {
    const officer = await signInFresh(t, "hn.vanhoa", DEMO_PASSWORD);
    const list = await call(t, "GET", "/api/v1/consultations", { session: officer });
    expect(list.body.items).toHaveLength(2);
    const id = list.body.items.find((i: { title: string }) => i.title.includes("nghĩa trang Khối 10")).id;
    const detail = await call(t, "GET", `/api/v1/consultations/${id}`, { session: officer });
    expect(detail.body.abilities.edit).toBe(true);
    expect(detail.body.counts.pendingComments).toBe(1);
    expect(detail.body.recordSentAt).not.toBeNull();
    const inspector = await signInFresh(t, "inspector", DEMO_PASSWORD);
    expect((await call(t, "GET", `/api/v1/consultations/${id}`, { session: inspector })).status).toBe(200);
    const leader = await signInFresh(t, "leader", DEMO_PASSWORD);
    expect((await call(t, "GET", `/api/v1/consultations/${id}`, { session: leader })).status).toBe(404);
    const tracker = await call(t, "GET", `/api/v1/consultations/${id}/affected`, { session: officer });
    expect(tracker.body.rows.filter((r: { concern: string | null }) => r.concern)).toHaveLength(2);
  });

  it("has a commune-wide road contribution voted xóm by xóm: one xóm of three approves so far (Đ.21)", async () => {
    const officer = await signInFresh(t, "hn.vanhoa", DEMO_PASSWORD);
    const list = await call(t, "GET", "/api/v1/consultations", { session: officer });
    const item = list.body.items.find((i: { title: string }) => i.title.includes("đường bê tông liên xóm"));
    expect(item).toBeDefined();
    const detail = await call(t, "GET", `/api/v1/consultations/${item.id}`, { session: officer });
    expect(detail.body).toMatchObject({ matterType: "money", voteBasis: "household", votingOpen: true });
    expect(detail.body.abilities.manageVoting).toBe(true);
    const result = detail.body.result;
    expect(result.totalVoters).toBe(47);
    expect(result.threshold).toMatchObject({ base: "villages", required: 2 });
    expect(result.villageCounting).toMatchObject({ mode: "per_village" });
    expect(result.villages).toHaveLength(3);
    const [x1, x2, x3] = result.villages;
    const yes = detail.body.options[0].id;
    expect(x1).toMatchObject({
      hamlet: "Xóm 1",
      total: 15,
      participated: 13,
      required: 10,
      approvedOptionId: yes,
    });
    expect(x2).toMatchObject({
      hamlet: "Xóm 2",
      total: 18,
      // 14 ballots cast, one of them spoilt
      participated: 14,
      required: 12,
      approvedOptionId: null,
    });
    expect(x3).toMatchObject({ hamlet: "Xóm 3", total: 14, participated: 0, approvedOptionId: null });
    expect(result.thresholdMet).toBe(false);
    const meetings = await call(t, "GET", `/api/v1/consultations/${item.id}/meetings`, { session: officer });
    expect(meetings.body.items).toHaveLength(2);
    const cemetery = list.body.items.find((i: { title: string }) => i.title.includes("nghĩa trang Khối 10"));
    const cemeteryDetail = await call(t, "GET", `/api/v1/consultations/${cemetery.id}`, { session: officer });
    expect(cemeteryDetail.body.result.totalVoters).toBe(24);
  });
});
