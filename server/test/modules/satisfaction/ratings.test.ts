import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingInteractions, ratings, ratingVersions, tasks } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { buildWorld, finished, publicCall, satisfactionApp, type World } from "./helpers";

const form = (token: string) => `/api/public/v1/satisfaction/forms/${token}`;

describe("satisfaction: rating by token", () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await satisfactionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => t.close());

  it("opens the form of a finished interaction; malformed is 400, forged or expired 404", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const malformed = await publicCall(t, "GET", form("a<b"));
    expect(malformed.status).toBe(400);
    expect(detailPaths(malformed.body)).toEqual(["param.token"]);
    const forged = await publicCall(t, "GET", form("A".repeat(43)));
    expect(forged.status).toBe(404);
    expect(forged.body.error.message).toContain("Mã đánh giá");
    const ok = await publicCall(t, "GET", form(r.token));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      kind: "dossier",
      unitName: "Xã Nam Đàn",
      officerName: "Phạm Một Cửa",
      procedureName: "Đăng ký khai sinh",
      rating: null,
    });
    expect(ok.body.questionnaire.version).toBe(0);
    expect(ok.body.questionnaire.questions.map((q: { factor: string }) => q.factor)).toEqual([
      "access",
      "procedures",
      "civil_servants",
      "results",
      "feedback",
    ]);
    const old = await finished(t, w.a.id, null);
    await t.db
      .update(ratingInteractions)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(ratingInteractions.id, old.id));
    expect((await publicCall(t, "GET", form(old.token))).status).toBe(404);
    expect((await publicCall(t, "POST", form(old.token), { level: "satisfied" })).status).toBe(404);
  });

  it("rejects bad ratings naming the field, and stores markup as plain text", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const cases: [unknown, string][] = [
      [{}, "level"],
      [{ level: "happy" }, "level"],
      [{ level: "satisfied", answers: { access: 6 } }, "answers.access"],
      [{ level: "satisfied", answers: { access: 0 } }, "answers.access"],
      [{ level: "satisfied", answers: { nope: 3 } }, "answers.nope"],
      [{ level: "satisfied", aspects: { staff_attitude: "great" } }, "aspects.staff_attitude"],
      [{ level: "satisfied", comment: "x".repeat(2001) }, "comment"],
    ];
    for (const [body, field] of cases) {
      const res = await publicCall(t, "POST", form(r.token), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(detailPaths(res.body)).toContain(field);
    }
    const ok = await publicCall(t, "POST", form(r.token), {
      level: "satisfied",
      comment: "<script>alert(1)</script> cảm ơn",
    });
    expect(ok.status).toBe(200);
    const [row] = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(row!.comment).toBe("<script>alert(1)</script> cảm ơn");
  });

  it("one vote per interaction: a second send is a version inside the window, refused after it", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id);
    const first = await publicCall(t, "POST", form(r.token), {
      level: "very_satisfied",
      aspects: { staff_attitude: "very_satisfied", time: "satisfied" },
      answers: { access: 5, civil_servants: 5 },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, followUp: false });
    const again = await publicCall(t, "POST", form(r.token), { level: "satisfied", answers: { access: 4 } });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    const rows = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: "satisfied", version: 2, channel: "online" });
    const versions = await t.db.select().from(ratingVersions).where(eq(ratingVersions.ratingId, rows[0]!.id));
    expect(versions.map((v) => v.level).sort()).toEqual(["satisfied", "very_satisfied"]);
    const shown = await publicCall(t, "GET", form(r.token));
    expect(shown.body.rating).toMatchObject({ level: "satisfied", version: 2 });
    await t.db
      .update(ratings)
      .set({ editableUntil: new Date(Date.now() - 1000) })
      .where(eq(ratings.id, rows[0]!.id));
    const late = await publicCall(t, "POST", form(r.token), { level: "dissatisfied" });
    expect(late.status).toBe(409);
    const after = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(after[0]).toMatchObject({ level: "satisfied", version: 2, followUpStatus: "none" });
    expect(await auditOf(t.db, "satisfaction.rate", rows[0]!.id)).toHaveLength(1);
    expect(await auditOf(t.db, "satisfaction.revise", rows[0]!.id)).toHaveLength(1);
  });

  it("'không hài lòng' makes a follow-up task the unit head directs, assigned to the officer who served", async () => {
    const r = await finished(t, w.a.id, w.people.clerkA.id, { label: "000.00.NĐ-0042" });
    const res = await publicCall(t, "POST", form(r.token), {
      level: "dissatisfied",
      comment: "Phải đi lại ba lần mới nộp được hồ sơ",
    });
    expect(res.status).toBe(200);
    expect(res.body.followUp).toBe(true);
    const [row] = await t.db.select().from(ratings).where(eq(ratings.interactionId, r.id));
    expect(row!.followUpStatus).toBe("open");
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, row!.followUpTaskId!));
    expect(task).toMatchObject({
      directorId: w.people.headA.id,
      assigneeId: w.people.clerkA.id,
      sourceType: "rating",
      unitId: w.a.id,
      status: "assigned",
    });
    expect(task!.description).toContain("Phải đi lại ba lần");
    const headTasks = await call(t, "GET", "/api/v1/tasks?view=directing", { session: w.as.headA });
    expect(headTasks.status).toBe(200);
    expect(JSON.stringify(headTasks.body)).toContain("000.00.NĐ-0042");
    // A revision does not create a second task.
    await publicCall(t, "POST", form(r.token), { level: "dissatisfied", comment: "Vẫn chưa hài lòng" });
    expect(await t.db.select().from(tasks).where(eq(tasks.sourceId, r.id))).toHaveLength(1);
  });

  it("a low score with a comment also needs a follow-up; a low score alone does not", async () => {
    const low = await finished(t, w.a.id, w.people.clerkA.id);
    const quiet = await publicCall(t, "POST", form(low.token), {
      level: "satisfied",
      answers: { results: 1 },
    });
    expect(quiet.body.followUp).toBe(false);
    const withComment = await finished(t, w.a.id, w.people.clerkA.id);
    const res = await publicCall(t, "POST", form(withComment.token), {
      level: "satisfied",
      answers: { results: 2 },
      comment: "Kết quả trả chậm hai ngày",
    });
    expect(res.body.followUp).toBe(true);
  });

  it("limits a flooding device: the 21st rating in a minute from one address is 429", async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 21; n += 1) {
      const r = await finished(t, w.b.id, null);
      const res = await t.app.request(form(r.token), {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.99.0.1" },
        body: JSON.stringify({ level: "satisfied" }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
