import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tasks } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { acceptedComplaint } from "../petitions/helpers";
import {
  addDays,
  addEntry,
  buildWorld,
  openSession,
  receptionApp,
  reps,
  todayVn,
  uploadPdf,
  type World,
} from "./helpers";

const attendees = [
  { side: "citizen", name: "Nguyễn Văn Tiếp", role: "Người đại diện" },
  { side: "authority", name: "Trần Chủ Tịch", role: "Chủ tịch UBND xã" },
  { side: "related", name: "Công ty TNHH Xây dựng Lam Sơn", role: "Đơn vị thi công" },
];

describe(`tripartite records and working sessions on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;
  let sessionId: string;
  let entryId: string;

  beforeAll(async () => {
    t = await receptionApp();
    w = await buildWorld(t);
    const s = await openSession(t, w);
    sessionId = s.id;
    const file = await uploadPdf(t, w.as.receptionA);
    const e = await addEntry(t, w.as.receptionA, s.id, {
      peopleCount: 6,
      representatives: reps(1),
      appointmentFileId: file,
      kind: "recommendation",
    });
    entryId = e.id;
  });
  afterAll(async () => {
    await t.close();
  });

  const recordBody = (over: Record<string, unknown> = {}) => ({
    kind: "tripartite",
    unitId: w.a.id,
    sessionId,
    entryId,
    date: todayVn(),
    place: "Hội trường UBND xã",
    subject: "Ngập úng do thi công mương thoát nước xóm 3",
    facts: "Mương thoát nước thi công dở dang từ tháng 8, nước tràn vào 6 hộ dân.",
    causes: "Nhà thầu chậm tiến độ; chưa có phương án thoát nước tạm.",
    responsibility: "Nhà thầu và Ban quản lý dự án xã.",
    solution: "Làm mương tạm trong 10 ngày, hoàn thành công trình trước 31/01.",
    attendees,
    conclusions: [
      {
        text: "Phòng Kinh tế giám sát nhà thầu làm mương thoát nước tạm",
        assigneeId: w.people.handlerA.id,
        directorId: w.people.leaderA.id,
        dueDate: addDays(todayVn(), 10),
        deliverable: "Biên bản nghiệm thu mương tạm",
      },
    ],
    ...over,
  });

  it("refuses anonymous callers, bad input by field and other units", async () => {
    expect((await call(t, "POST", "/api/v1/reception/records", { body: recordBody() })).status).toBe(401);
    const bad = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionA,
      body: recordBody({ attendees: attendees.slice(0, 2), facts: "", date: "2026-02-31" }),
    });
    expect(detailPaths(bad.body).sort()).toEqual(["attendees", "date", "facts"]);
    const other = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionB,
      body: recordBody(),
    });
    expect(other.status).toBe(403);
    const foreignSession = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionB,
      body: recordBody({ unitId: w.b.id }),
    });
    expect(detailPaths(foreignSession.body)).toEqual(["sessionId"]);
    const badTask = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionA,
      body: recordBody({
        conclusions: [{ ...recordBody().conclusions[0], assigneeId: w.people.receptionB.id }],
      }),
    });
    expect(detailPaths(badTask.body)).toEqual(["conclusions.0.assigneeId"]);
  });

  it("never confronts a denouncer", async () => {
    const d = await addEntry(t, w.as.receptionA, sessionId, { kind: "denunciation" });
    const res = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionA,
      body: recordBody({ entryId: d.id }),
    });
    expect(detailPaths(res.body)).toEqual(["entryId"]);
  });

  it("records ba mặt một lời; its conclusions become tasks listed with their state", async () => {
    const res = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.receptionA,
      body: recordBody(),
    });
    expect(res.status).toBe(201);
    expect(res.body.conclusions).toHaveLength(1);
    const task = res.body.conclusions[0].task;
    expect(task).toMatchObject({ status: "assigned", assigneeName: "Hoàng Xử Lý", isOverdue: false });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({
      sourceType: "reception",
      sourceId: res.body.id,
      directorId: w.people.leaderA.id,
    });
    expect((await auditOf(t.db, "reception.create-record", res.body.id)).length).toBe(1);
    expect((await auditOf(t.db, "tasks.create", task.id)).length).toBe(1);

    const accept = await call(t, "POST", `/api/v1/tasks/${task.id}/accept`, {
      session: w.as.handlerA,
      body: {},
    });
    expect(accept.status).toBe(200);
    const got = await call(t, "GET", `/api/v1/reception/records/${res.body.id}`, { session: w.as.leaderA });
    expect(got.body.conclusions[0].task.status).toBe("accepted");
    expect(
      (await call(t, "GET", `/api/v1/reception/records/${res.body.id}`, { session: w.as.receptionB })).status,
    ).toBe(404);

    const more = await call(t, "POST", `/api/v1/reception/records/${res.body.id}/conclusions`, {
      session: w.as.leaderA,
      body: {
        text: "Văn phòng UBND xã thông báo kết quả cho các hộ dân",
        assigneeId: w.people.receptionA.id,
        directorId: w.people.leaderA.id,
        dueDate: addDays(todayVn(), 15),
        deliverable: "Thông báo bằng văn bản",
      },
    });
    expect(more.status).toBe(201);
    expect(more.body.conclusions).toHaveLength(2);
    const badMore = await call(t, "POST", `/api/v1/reception/records/${res.body.id}/conclusions`, {
      session: w.as.leaderA,
      body: { text: "x", assigneeId: "nope" },
    });
    expect(detailPaths(badMore.body).sort()).toEqual([
      "assigneeId",
      "deliverable",
      "directorId",
      "dueDate",
      "text",
    ]);
    const hidden = await call(t, "POST", `/api/v1/reception/records/${res.body.id}/conclusions`, {
      session: w.as.receptionB,
      body: more.body.conclusions[1] && {
        text: "Kết luận khác của xã B",
        assigneeId: w.people.receptionB.id,
        directorId: w.people.leaderB.id,
        dueDate: addDays(todayVn(), 5),
        deliverable: "Báo cáo",
      },
    });
    expect(hidden.status).toBe(404);
    const session = await call(t, "GET", `/api/v1/reception/sessions/${sessionId}`, {
      session: w.as.receptionA,
    });
    expect(session.body.records).toEqual([
      { id: res.body.id, kind: "tripartite", subject: recordBody().subject },
    ]);
  });

  it("holds working sessions on long-standing petitions, linked both ways", async () => {
    const petition = await acceptedComplaint(t, w);
    const base = {
      kind: "working",
      sessionId: null,
      entryId: null,
      attendees: [
        { side: "authority", name: "Trần Chủ Tịch", role: "Chủ tịch UBND xã" },
        { side: "other", name: "Hoàng Xử Lý", role: "Phòng Kinh tế" },
      ],
      conclusions: [],
    };
    const none = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.leaderA,
      body: recordBody(base),
    });
    expect(detailPaths(none.body)).toEqual(["petitionIds"]);
    const unknown = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.leaderA,
      body: recordBody({ ...base, petitionIds: ["00000000-0000-7000-8000-000000000000"] }),
    });
    expect(detailPaths(unknown.body)).toEqual(["petitionIds"]);
    const ok = await call(t, "POST", "/api/v1/reception/records", {
      session: w.as.leaderA,
      body: recordBody({ ...base, petitionIds: [petition.id] }),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.petitions).toEqual([{ id: petition.id, code: petition.code }]);
    const byPetition = await call(t, "GET", `/api/v1/reception/records?petitionId=${petition.id}`, {
      session: w.as.receptionA,
    });
    expect(byPetition.body.items.map((r: { id: string }) => r.id)).toEqual([ok.body.id]);
    const theirs = await call(t, "GET", "/api/v1/reception/records", { session: w.as.receptionB });
    expect(theirs.body.items).toEqual([]);
    expect(
      (await call(t, "GET", "/api/v1/reception/records?kind=other", { session: w.as.receptionA })).status,
    ).toBe(400);
  });
});
