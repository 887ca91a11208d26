import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, petitions, taskEvents, tasks } from "../../../src/db/schema";
import { call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  acceptedComplaint,
  addDays,
  buildWorld,
  intake,
  intakeBody,
  patchPetition,
  petitionApp,
  todayVn,
  type World,
} from "./helpers";

type FollowUp = {
  latestDirection: { by: { id: string; fullName: string } | null; at: string; note: string } | null;
  headReportPending: boolean;
};

describe(`the head's direction closes the report to the head on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  const post = (path: string, session: World["as"]["receptionA"] | undefined, body: unknown) =>
    call(t, "POST", `/api/v1/petitions/${path}`, { session, body });
  const boardItem = async (id: string, session = w.as.receptionA) => {
    const board = await call(t, "GET", "/api/v1/petitions/board?dueWithinDays=10", { session });
    expect(board.status).toBe(200);
    return [...board.body.overdue, ...board.body.dueSoon].find((p: { id: string }) => p.id === id) as
      | { followUp: FollowUp }
      | undefined;
  };
  const auditOf = (action: string, entityId: string) =>
    t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId)));

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("shows a pending report on the board and detail, then the direction closes its task", async () => {
    const p = await acceptedComplaint(t, w);
    await patchPetition(t.db, p.id, { currentDue: addDays(todayVn(), -2) });
    expect((await boardItem(p.id))?.followUp).toEqual({ latestDirection: null, headReportPending: false });
    const urged = await post(`${p.id}/urge`, w.as.receptionA, { directorId: w.people.leaderA.id });
    expect(urged.status).toBe(201);
    const report = await post(`${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.leaderA.id,
      note: "Vụ việc quá hạn, đề nghị Chủ tịch cho ý kiến chỉ đạo",
    });
    expect(report.status).toBe(201);
    expect((await boardItem(p.id))?.followUp.headReportPending).toBe(true);
    const before = await call(t, "GET", `/api/v1/petitions/${p.id}`, { session: w.as.handlerA });
    expect(before.body.followUp).toEqual({ latestDirection: null, headReportPending: true });

    expect((await post(`${p.id}/direction`, w.as.handlerA, { note: "Tôi chỉ đạo" })).status).toBe(403);
    expect((await post(`${p.id}/direction`, w.as.leaderB, { note: "Ngoài phạm vi" })).status).toBe(404);
    const note = "Giao Phòng Kinh tế khảo sát, lập phương án sửa chữa trước ngày 20";
    const directed = await post(`${p.id}/direction`, w.as.leaderA, { note });
    expect(directed.status).toBe(200);
    expect(directed.body.followUp.headReportPending).toBe(false);
    expect(directed.body.followUp.latestDirection).toMatchObject({
      by: { id: w.people.leaderA.id, fullName: "Trần Chủ Tịch" },
      note,
    });
    const event = directed.body.events.find((e: { type: string }) => e.type === "direction");
    expect(event.data).toEqual({ closedTasks: [{ id: report.body.id, code: report.body.code }] });

    const [closed] = await t.db.select().from(tasks).where(eq(tasks.id, report.body.id));
    expect(closed).toMatchObject({
      status: "done",
      progress: 100,
      evidenceSummary: note,
      completedOnTime: true,
    });
    expect(closed!.completedAt).not.toBeNull();
    const closing = await t.db.select().from(taskEvents).where(eq(taskEvents.taskId, report.body.id));
    expect(closing.find((e) => e.type === "direction")).toMatchObject({ actorId: w.people.leaderA.id, note });
    const [urgeTask] = await t.db.select().from(tasks).where(eq(tasks.id, urged.body.id));
    expect(urgeTask!.status).not.toBe("done");
    const taskAudit = await auditOf("tasks.direction", report.body.id);
    const petitionAudit = await auditOf("petitions.direction", p.id);
    expect(taskAudit).toHaveLength(1);
    expect(petitionAudit).toHaveLength(1);
    expect(taskAudit[0]!.actorId).toBe(w.people.leaderA.id);

    const item = await boardItem(p.id);
    expect(item?.followUp).toMatchObject({
      headReportPending: false,
      latestDirection: { by: { fullName: "Trần Chủ Tịch" }, note },
    });
    const task = await call(t, "GET", `/api/v1/tasks/${report.body.id}`, { session: w.as.leaderA });
    expect(task.status).toBe(200);
    expect(task.body.status).toBe("done");
  });

  it("keeps the newest direction; a later report is pending again until the next direction", async () => {
    const p = await acceptedComplaint(t, w);
    expect((await post(`${p.id}/direction`, w.as.leaderA, { note: "Chỉ đạo lần một" })).status).toBe(200);
    const again = await post(`${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.leaderA.id,
      note: "Báo cáo lần hai",
    });
    expect(again.status).toBe(201);
    const pending = await call(t, "GET", `/api/v1/petitions/${p.id}`, { session: w.as.receptionA });
    expect(pending.body.followUp).toMatchObject({
      headReportPending: true,
      latestDirection: { note: "Chỉ đạo lần một" },
    });
    // a leader over the commune (the province) answers the report addressed to the commune head
    const second = await post(`${p.id}/direction`, w.as.leaderP, { note: "Chỉ đạo lần hai" });
    expect(second.status).toBe(200);
    expect(second.body.followUp).toMatchObject({
      headReportPending: false,
      latestDirection: { note: "Chỉ đạo lần hai" },
    });
    const [closed] = await t.db.select().from(tasks).where(eq(tasks.id, again.body.id));
    expect(closed!.status).toBe("done");
  });

  it("rolls the direction back when its report task cannot be closed", async () => {
    const p = await acceptedComplaint(t, w);
    const report = await post(`${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.leaderA.id,
      note: "Báo cáo",
    });
    expect(report.status).toBe(201);
    // the report task handed to another commune's head: commune A's head may no longer close it
    await t.db
      .update(tasks)
      .set({ unitId: w.b.id, directorId: w.people.leaderB.id })
      .where(eq(tasks.id, report.body.id));
    const [beforeRow] = await t.db.select().from(petitions).where(eq(petitions.id, p.id));
    const refused = await post(`${p.id}/direction`, w.as.leaderA, { note: "Chỉ đạo" });
    expect(refused.status).toBeOneOf([403, 404]);
    const [after] = await t.db.select().from(petitions).where(eq(petitions.id, p.id));
    const detail = await call(t, "GET", `/api/v1/petitions/${p.id}`, { session: w.as.leaderA });
    expect(detail.body.events.map((e: { type: string }) => e.type)).not.toContain("direction");
    expect(await auditOf("petitions.direction", p.id)).toHaveLength(0);
    expect(after!.updatedAt).toEqual(beforeRow!.updatedAt);
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, report.body.id));
    expect(task!.status).not.toBe("done");
  });

  it("explains deadlines in the reader's language and still reads explanations stored in Vietnamese only", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const read = (lang: string) =>
      call(t, "GET", `/api/v1/petitions/${petition.id}`, {
        session: w.as.receptionA,
        headers: { "accept-language": lang },
      });
    const vi = (await read("vi")).body.deadlines.process.explanation as string;
    const en = (await read("en")).body.deadlines.process.explanation as string;
    expect(vi).toMatch(/ngày làm việc/);
    expect(en).toMatch(/working days/);
    expect(en).not.toBe(vi);
    const [stored] = await t.db.select().from(petitions).where(eq(petitions.id, petition.id));
    expect(stored!.processExplanation).toEqual({ vi, en });
    await patchPetition(t.db, petition.id, { processExplanation: { vi: "Giải thích cũ bằng tiếng Việt" } });
    expect((await read("en")).body.deadlines.process.explanation).toBe("Giải thích cũ bằng tiếng Việt");
  });
});
