import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tasks } from "../../../src/db/schema";
import { deadlineFor } from "../../../src/modules/calendar/compute-deadline";
import { auditOf, call, detailPaths, signInFresh } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  buildWorld,
  consultationApp,
  consultationBody,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  todayVn,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  await importRows(t, w.as.receptionA, w.a.id, householdRows(3));
});
afterAll(() => t.close());

const taskOf = async (id: string) => (await t.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;

describe("questions", () => {
  it("401, 404 out of scope, 400 naming the field", async () => {
    const c = await openVote(t, w);
    const url = `/api/v1/consultations/${c.id}/questions`;
    const body = { body: "Mộ phần có được hỗ trợ chi phí di dời không?", askerLabel: "Ông Lê Văn Bình" };
    expect((await call(t, "POST", url, { body })).status).toBe(401);
    expect((await call(t, "POST", url, { session: w.as.receptionB, body })).status).toBe(404);
    const markup = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: { ...body, body: "<img src=x onerror=alert(1)>" },
    });
    expect(detailPaths(markup.body)).toContain("body");
    expect((await call(t, "GET", url, { session: w.as.leaderB })).status).toBe(404);
  });

  it("every question becomes a task until answered; the unanswered counter follows", async () => {
    const c = await openVote(t, w);
    const s = w.as.receptionA;
    const asked = await call(t, "POST", `/api/v1/consultations/${c.id}/questions`, {
      session: s,
      body: { body: "Nghĩa trang mới có đường vào cho xe tang không?", askerLabel: "Bà Trần Thị Hoa" },
    });
    expect(asked.status).toBe(201);
    const task = await taskOf(asked.body.taskId);
    expect(task).toMatchObject({
      sourceType: "consultation",
      sourceId: c.id,
      assigneeId: w.people.receptionA.id,
      status: "assigned",
    });
    let detail = await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA });
    expect(detail.body.unansweredQuestions).toBe(1);
    let pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.body.unansweredQuestions).toBe(1);
    const answerUrl = `/api/v1/consultation-questions/${asked.body.id}/answer`;
    expect(
      (
        await call(t, "POST", answerUrl, {
          session: w.as.receptionB,
          body: { answer: "Có đường bê tông rộng 5 m." },
        })
      ).status,
    ).toBe(404);
    expect(
      detailPaths((await call(t, "POST", answerUrl, { session: s, body: { answer: "" } })).body),
    ).toContain("answer");
    const answered = await call(t, "POST", answerUrl, {
      session: s,
      body: { answer: "Có, đường bê tông rộng 5 m nối với tỉnh lộ." },
    });
    expect(answered.body.status).toBe("answered");
    expect((await taskOf(asked.body.taskId)).status).toBe("submitted");
    expect(
      (await call(t, "POST", answerUrl, { session: s, body: { answer: "Trả lời lần hai" } })).status,
    ).toBe(412);
    detail = await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderA });
    expect(detail.body.unansweredQuestions).toBe(0);
    pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.body.questions[0]).toMatchObject({ answer: "Có, đường bê tông rộng 5 m nối với tỉnh lộ." });
    expect(JSON.stringify(pub.body)).not.toContain("Trần Thị Hoa");
    expect(await auditOf(t.db, "consultations.answer", asked.body.id)).toHaveLength(1);
  });

  it("a leader who answers closes the officer's task; a verified resident asks online (idempotent) and staff take it up", async () => {
    const c = await openVote(t, w);
    const asked = await call(t, "POST", `/api/v1/consultations/${c.id}/questions`, {
      session: w.as.receptionA,
      body: { body: "Thời gian di dời kéo dài bao lâu?", askerLabel: "Ông Nguyễn Văn Tâm" },
    });
    await call(t, "POST", `/api/v1/consultation-questions/${asked.body.id}/answer`, {
      session: w.as.leaderA,
      body: { answer: "Trong 6 tháng, sau khi nghĩa trang mới hoàn thành." },
    });
    expect((await taskOf(asked.body.taskId)).status).toBe("cancelled");

    const [h] = await householdsOf(t, w.as.receptionA, w.a.id);
    const token = (
      await call(t, "POST", `/api/v1/consultations/${c.id}/households/${h!.id}/verify`, {
        session: w.as.receptionA,
        body: { documentNote: "CCCD đối chiếu tại buổi họp" },
      })
    ).body.token;
    const url = `/api/public/v1/consultations/${c.id}/questions`;
    expect((await call(t, "POST", url, { body: { body: "Câu hỏi không xác thực" } })).status).toBe(403);
    const headers = { "x-voter-token": token, "idempotency-key": "q-online-0001" };
    const first = await call(t, "POST", url, { headers, body: { body: "Có hỗ trợ tiền cải táng không?" } });
    const again = await call(t, "POST", url, { headers, body: { body: "Có hỗ trợ tiền cải táng không?" } });
    expect(first.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    const open = await call(t, "GET", `/api/v1/consultations/${c.id}/questions?status=open`, {
      session: w.as.leaderA,
    });
    expect(open.body.items).toHaveLength(1);
    expect(open.body.items[0].taskId).toBeNull();
    const routed = await call(t, "POST", `/api/v1/consultation-questions/${first.body.id}/task`, {
      session: w.as.receptionA,
    });
    expect(routed.body.taskId).not.toBeNull();
    expect(
      (
        await call(t, "POST", `/api/v1/consultation-questions/${first.body.id}/task`, {
          session: w.as.receptionA,
        })
      ).status,
    ).toBe(412);
  });

  it("the answer's due date comes from the commune's rule, unverified and editable by effective date", async () => {
    const c = await openVote(t, w);
    const ask = (body: string) =>
      call(t, "POST", `/api/v1/consultations/${c.id}/questions`, {
        session: w.as.receptionA,
        body: { body, askerLabel: "Ông Hồ Công Sơn" },
      });
    const rule = await call(t, "GET", "/api/v1/rules?code=grassroots.question_answer", {
      session: w.as.leaderA,
    });
    expect(rule.body.items).toHaveLength(1);
    expect(rule.body.items[0]).toMatchObject({
      verified: false,
      value: { amount: 10, basis: "working_days" },
    });
    const first = await ask("Hộ có mộ ở cả hai nghĩa trang có được hỗ trợ thêm không?");
    const expected = await deadlineFor(
      t.db,
      { from: todayVn(), ruleId: "grassroots.question_answer", unitId: w.a.id },
      "vi",
    );
    expect((await taskOf(first.body.taskId)).dueDate).toBe(expected.due);

    // The commune shortens it in its regulation from today: the next question follows the new version.
    const shorter = await call(t, "POST", "/api/v1/rules", {
      session: w.as.admin,
      body: { ...rule.body.items[0], value: { amount: 3, basis: "working_days" }, effectiveFrom: todayVn() },
    });
    expect(shorter.status).toBe(201);
    const second = await ask("Thời gian hoàn thành nghĩa trang mới là bao lâu?");
    const three = await deadlineFor(
      t.db,
      { from: todayVn(), ruleId: "grassroots.question_answer", unitId: w.a.id },
      "vi",
    );
    expect(three.due < expected.due).toBe(true);
    expect((await taskOf(second.body.taskId)).dueDate).toBe(three.due);
  });
});

describe("comments", () => {
  it("held for moderation, approved or rejected with a reason, reported once per reporter", async () => {
    const c = await openVote(t, w);
    const url = `/api/public/v1/consultations/${c.id}/comments`;
    const markup = await call(t, "POST", url, {
      body: { authorName: "Người dân", body: "<a href='x'>xem</a> nhé" },
    });
    expect(markup.status).toBe(400);
    expect(detailPaths(markup.body)).toContain("body");
    expect(
      detailPaths((await call(t, "POST", url, { body: { authorName: "", body: "Đồng ý vị trí 1" } })).body),
    ).toContain("authorName");
    const good = await call(t, "POST", url, {
      body: { authorName: "Lê Thanh", body: "Tôi đồng ý vị trí 1, gần khu dân cư." },
    });
    const bad = await call(t, "POST", url, {
      body: { authorName: "Ẩn danh", body: "Nội dung xúc phạm cán bộ" },
    });
    expect(good.body.status).toBe("pending");
    let pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.body.comments).toHaveLength(0);
    const queue = await call(t, "GET", `/api/v1/consultations/${c.id}/comments`, {
      session: w.as.receptionA,
    });
    expect(queue.body.items).toHaveLength(2);
    expect((await call(t, "GET", `/api/v1/consultations/${c.id}/comments`)).status).toBe(401);
    const handler = await signInFresh(t, w.people.handlerA.username);
    expect(
      (await call(t, "GET", `/api/v1/consultations/${c.id}/comments`, { session: handler })).status,
    ).toBe(404);
    const mod = (id: string, body: unknown, s = w.as.receptionA) =>
      call(t, "POST", `/api/v1/consultation-comments/${id}/moderate`, { session: s, body });
    expect((await mod(good.body.id, { decision: "approve" }, w.as.receptionB)).status).toBe(404);
    expect(detailPaths((await mod(bad.body.id, { decision: "reject" })).body)).toContain("reason");
    expect((await mod(good.body.id, { decision: "approve" })).body.status).toBe("approved");
    expect(
      (await mod(bad.body.id, { decision: "reject", reason: "Xúc phạm cá nhân" })).body.rejectReason,
    ).toBe("Xúc phạm cá nhân");
    expect((await mod(bad.body.id, { decision: "approve" })).status).toBe(412);
    pub = await call(t, "GET", `/api/public/v1/consultations/${c.id}`);
    expect(pub.body.comments.map((m: { id: string }) => m.id)).toEqual([good.body.id]);
    const report = (id: string) =>
      call(t, "POST", `/api/public/v1/consultation-comments/${id}/report`, {
        body: { reason: "Thông tin sai sự thật" },
      });
    expect((await report(bad.body.id)).status).toBe(404);
    expect((await report(good.body.id)).status).toBe(200);
    expect((await report(good.body.id)).status).toBe(409);
    const detail = await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.receptionA });
    expect(detail.body.counts).toMatchObject({ pendingComments: 0, reportedComments: 1 });
    expect(
      (await mod(good.body.id, { decision: "reject", reason: "Gỡ sau khi bị báo cáo" })).body.status,
    ).toBe("rejected");
  });

  it("comments on a draft do not exist; a retried comment is stored once", async () => {
    const c = await openVote(t, w);
    const draft = (
      await call(t, "POST", "/api/v1/consultations", {
        session: w.as.receptionA,
        body: consultationBody(w),
      })
    ).body;
    expect(
      (
        await call(t, "POST", `/api/public/v1/consultations/${draft.id}/comments`, {
          body: { authorName: "An", body: "Ý kiến của tôi" },
        })
      ).status,
    ).toBe(404);
    const headers = { "idempotency-key": "comment-retry-01" };
    const body = { authorName: "Hồ Văn Sơn", body: "Đề nghị làm đường vào nghĩa trang mới" };
    const a = await call(t, "POST", `/api/public/v1/consultations/${c.id}/comments`, { headers, body });
    const b = await call(t, "POST", `/api/public/v1/consultations/${c.id}/comments`, { headers, body });
    expect(b.body.id).toBe(a.body.id);
    const queue = await call(t, "GET", `/api/v1/consultations/${c.id}/comments`, {
      session: w.as.receptionA,
    });
    expect(queue.body.items).toHaveLength(1);
  });
});
