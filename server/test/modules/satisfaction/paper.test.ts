import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratings, tasks } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { buildWorld, finished, publicCall, satisfactionApp, type World } from "./helpers";

const lookup = (token: string) => `/api/v1/satisfaction/paper-ratings/${token}`;
const ENTER = "/api/v1/satisfaction/paper-ratings";

describe("satisfaction: an officer transcribes a filled paper invitation", () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await satisfactionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => t.close());

  it("shows the interaction of a token to counter staff of its unit only", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id, { label: "000.00.NĐ-PAPER-1" });
    expect((await call(t, "GET", lookup(r.token))).status).toBe(401);
    expect((await call(t, "GET", lookup(r.token), { session: w.as.handlerA })).status).toBe(403);
    expect((await call(t, "GET", lookup(r.token), { session: w.as.clerkB })).status).toBe(404);
    const malformed = await call(t, "GET", lookup("a<b"), { session: w.as.clerkA });
    expect(malformed.status).toBe(400);
    expect(detailPaths(malformed.body)).toEqual(["param.token"]);
    expect((await call(t, "GET", lookup("A".repeat(43)), { session: w.as.clerkA })).status).toBe(404);
    const ok = await call(t, "GET", lookup(r.token), { session: w.as.clerk2A });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      kind: "dossier",
      label: "000.00.NĐ-PAPER-1",
      unitId: w.a.id,
      unitName: "Xã Nam Đàn",
      officerName: "Phạm Một Cửa",
      rating: null,
    });
    expect(ok.body.questionnaire.questions).toHaveLength(5);
  });

  it("refuses bad answers naming the field and counts nothing", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const cases: [unknown, string][] = [
      [{ level: "satisfied" }, "token"],
      [{ token: "a<b", level: "satisfied" }, "token"],
      [{ token: r.token }, "level"],
      [{ token: r.token, level: "happy" }, "level"],
      [{ token: r.token, level: "satisfied", answers: { access: 6 } }, "answers.access"],
      [{ token: r.token, level: "satisfied", answers: { nope: 3 } }, "answers.nope"],
      [{ token: r.token, level: "satisfied", comment: "x".repeat(2001) }, "comment"],
    ];
    for (const [body, field] of cases) {
      const res = await call(t, "POST", ENTER, { session: w.as.clerkA, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(detailPaths(res.body)).toContain(field);
    }
    expect(await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id))).toEqual([]);
    const unknown = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: "B".repeat(43), level: "satisfied" },
    });
    expect(unknown.status).toBe(404);
    const otherUnit = await call(t, "POST", ENTER, {
      session: w.as.clerkB,
      body: { token: r.token, level: "satisfied" },
    });
    expect(otherUnit.status).toBe(404);
  });

  it("records channel paper entered by the officer, with its audit; the token then votes no more", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const res = await call(t, "POST", ENTER, {
      session: w.as.clerk2A,
      body: {
        token: r.token,
        level: "very_satisfied",
        aspects: { staff_attitude: "very_satisfied" },
        answers: { access: 5, results: 4 },
        comment: "Cán bộ tận tình",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ channel: "paper", enteredBy: w.people.clerk2A.id });
    const [row] = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(row).toMatchObject({
      channel: "paper",
      enteredBy: w.people.clerk2A.id,
      officerId: w.people.clerkA.id,
      level: "very_satisfied",
      answers: { access: 5, results: 4 },
      kioskId: null,
      version: 1,
    });
    const audit = await auditOf(t.db, "satisfaction.rate", row!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(w.people.clerk2A.id);
    const again = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: r.token, level: "dissatisfied" },
    });
    expect(again.status).toBe(409);
    expect((await call(t, "GET", lookup(r.token), { session: w.as.clerkA })).status).toBe(409);
    const online = await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${r.token}`, {
      level: "dissatisfied",
    });
    expect(online.status).toBe(409);
    const rows = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: "very_satisfied", version: 1 });
    const byChannel = await call(t, "GET", `/api/v1/satisfaction/index?by=channel&unitId=${w.a.id}`, {
      session: w.as.headA,
    });
    expect(byChannel.body.rows.find((x: { key: string }) => x.key === "paper")).toMatchObject({
      n: 1,
      verySatisfied: 1,
    });
  });

  it("a paper 'không hài lòng' opens the follow-up task like any other channel", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id, { label: "000.00.NĐ-PAPER-2" });
    const res = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: r.token, level: "dissatisfied", comment: "Phải đi lại ba lần" },
    });
    expect(res.status).toBe(201);
    const [row] = await t.db.select().from(ratings).where(eq(ratings.id, res.body.id));
    expect(row!.followUpStatus).toBe("open");
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, row!.followUpTaskId!));
    expect(task!.unitId).toBe(w.a.id);
  });

  it("answers follow the unit's questionnaire in force; ratings already given keep their version", async () => {
    const first = await finished(t, w.a.id, w.people.clerkA.id);
    const given = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: first.token, level: "satisfied", answers: { access: 4 } },
    });
    expect(given.status).toBe(201);
    const saved = await call(t, "POST", "/api/v1/satisfaction/questionnaires", {
      session: w.as.headA,
      body: {
        unitId: w.a.id,
        questions: [{ key: "wait", factor: "access", textVi: "Chờ không lâu", textEn: "Short wait" }],
      },
    });
    expect(saved.status).toBe(201);
    const next = await finished(t, w.a.id, w.people.clerkA.id);
    const shown = await call(t, "GET", lookup(next.token), { session: w.as.clerkA });
    expect(shown.body.questionnaire).toMatchObject({ id: saved.body.id, version: saved.body.version });
    const old = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: next.token, level: "satisfied", answers: { access: 4 } },
    });
    expect(detailPaths(old.body)).toEqual(["answers.access"]);
    const ok = await call(t, "POST", ENTER, {
      session: w.as.clerkA,
      body: { token: next.token, level: "satisfied", answers: { wait: 5 } },
    });
    expect(ok.status).toBe(201);
    const [before] = await t.db.select().from(ratings).where(eq(ratings.id, given.body.id));
    const [after] = await t.db.select().from(ratings).where(eq(ratings.id, ok.body.id));
    expect(before!.questionnaireId).toBeNull();
    expect(before!.answers).toEqual({ access: 4 });
    expect(after!.questionnaireId).toBe(saved.body.id);
  });

  it("a promise's rating link is handed out in scope until its rating is closed", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id, { kind: "task", label: "Sửa đường thôn 3" });
    const url = `/api/v1/satisfaction/links?kind=task&refId=${r.refId}`;
    expect((await call(t, "GET", url, { session: w.as.leaderB })).status).toBe(404);
    const ok = await call(t, "GET", url, { session: w.as.headA });
    expect(ok.status).toBe(200);
    expect(ok.body.token).toBe(r.token);
    const rated = await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${r.token}`, {
      level: "satisfied",
    });
    expect(rated.status).toBe(200);
    // Inside the edit window the citizen may still change the rating through the same link.
    expect((await call(t, "GET", url, { session: w.as.headA })).body.token).toBe(r.token);
    await t.db
      .update(ratings)
      .set({ editableUntil: new Date(Date.now() - 1000) })
      .where(eq(ratings.interactionId, r.id));
    const closed = await call(t, "GET", url, { session: w.as.headA });
    expect(closed.status).toBe(409);
    expect(closed.body.error.message).toContain("đã được đánh giá");
  });
});
