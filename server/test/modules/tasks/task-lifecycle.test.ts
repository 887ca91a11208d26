import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, tasks } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { verifyAuditChain } from "../../../src/platform/audit";
import { call } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { addDays, buildTeam, outboxFor, pdfBytes, type Team, taskBody, todayVn, upload } from "./helpers";

describe(`task lifecycle on ${DB_KIND}`, () => {
  let t: TestApp;
  let dataDir: string;
  let team: Team;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "danvan-tasks-"));
    t = await createTestApp({ dataDir });
    await ensureDefaultRules(t.db);
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const newTask = async (over: Record<string, unknown> = {}) => {
    const res = await call(t, "POST", "/api/v1/tasks", {
      session: team.as.leader,
      body: taskBody(team, over),
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; dueDate: string; code: string };
  };
  const act = (id: string, action: string, session: Team["as"]["leader"], body: unknown = {}) =>
    call(t, "POST", `/api/v1/tasks/${id}/${action}`, { session, body });
  const auditActions = async (id: string) =>
    (
      await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id)).orderBy(asc(auditEvents.seq))
    ).map((a) => a.action);

  it("lets only the assignee accept, report progress and submit", async () => {
    const task = await newTask();
    for (const [action, body] of [
      ["accept", {}],
      ["progress", { percent: 30, note: "Đã khảo sát" }],
      ["submit", { note: "Xong" }],
    ] as const) {
      const byDirector = await act(task.id, action, team.as.leader, body);
      expect({ action, status: byDirector.status, code: byDirector.body.error?.code }).toEqual({
        action,
        status: 403,
        code: "FORBIDDEN",
      });
    }
    expect((await act(task.id, "accept", team.as.assignee)).body.status).toBe("accepted");
    expect((await act(task.id, "accept", team.as.assignee)).status).toBe(403);
  });

  it("lets only the director approve, return and decide extensions", async () => {
    const task = await newTask();
    await act(task.id, "submit", team.as.assignee, { note: "Đã hoàn thành" });
    expect((await act(task.id, "approve", team.as.assignee, { note: "" })).status).toBe(403);
    expect((await act(task.id, "return", team.as.assignee, { note: "Sửa lại" })).status).toBe(403);
    const task2 = await newTask();
    const asked = await act(task2.id, "extensions", team.as.assignee, {
      newDueDate: addDays(task2.dueDate, 7),
      reason: "Chờ số liệu",
    });
    expect(asked.status).toBe(200);
    expect((await act(task2.id, "extensions/decide", team.as.assignee, { approve: true })).status).toBe(403);
    expect((await act(task2.id, "extensions/decide", team.as.leader, { approve: true })).status).toBe(200);
  });

  it("runs assign → accept → progress → submit with a PDF → return → resubmit → approve", async () => {
    const task = await newTask();
    expect((await act(task.id, "accept", team.as.assignee)).body.status).toBe("accepted");
    const progress = await act(task.id, "progress", team.as.assignee, { percent: 100, note: "Gần xong" });
    expect(progress.body).toMatchObject({ status: "in_progress", progress: 99 });
    expect((await act(task.id, "progress", team.as.assignee, { percent: 101, note: "x" })).status).toBe(400);

    const file = await upload(t, team.as.assignee, "bao-cao.pdf", pdfBytes());
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ name: "bao-cao.pdf", mime: "application/pdf" });
    const submitted = await act(task.id, "submit", team.as.assignee, {
      note: "Báo cáo kèm theo",
      fileIds: [file.body.id],
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: "submitted", progress: 100 });
    expect(
      (
        await act(task.id, "extensions", team.as.assignee, {
          newDueDate: addDays(task.dueDate, 3),
          reason: "Thêm",
        })
      ).status,
    ).toBe(403);

    expect((await act(task.id, "return", team.as.leader, { note: "ok" })).status).toBe(400);
    const returned = await act(task.id, "return", team.as.leader, { note: "Bổ sung ý kiến của thôn" });
    expect(returned.body).toMatchObject({ status: "returned", progress: 90 });
    expect(
      (await outboxFor(t.db, task.id, `Nhiệm vụ ${task.code} bị trả lại`, team.assignee.id)).length,
    ).toBe(2);
    expect((await act(task.id, "approve", team.as.leader, {})).status).toBe(403);

    const second = await upload(t, team.as.assignee, "bo-sung.pdf", pdfBytes());
    const resubmitted = await act(task.id, "submit", team.as.assignee, {
      note: "Đã bổ sung",
      fileIds: [second.body.id],
    });
    expect(resubmitted.body.status).toBe("submitted");
    const approved = await act(task.id, "approve", team.as.leader, { note: "Đạt" });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: "done",
      completedOnTime: true,
      isOverdue: false,
      daysLeft: null,
    });
    expect(approved.body.completedAt).not.toBeNull();
    expect(approved.body.abilities).toMatchObject({ cancel: false, urge: false, approve: false });
    expect((await act(task.id, "cancel", team.as.leader, { reason: "Muộn rồi" })).status).toBe(403);

    const detail = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: team.as.leader });
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual([
      "assign",
      "accept",
      "progress",
      "submit",
      "return",
      "submit",
      "approve",
    ]);
    const firstSubmit = detail.body.events[3];
    expect(firstSubmit.actor).toEqual({ id: team.assignee.id, fullName: team.assignee.fullName });
    expect(firstSubmit.files).toEqual([
      { id: file.body.id, name: "bao-cao.pdf", size: file.body.size, mime: "application/pdf" },
    ]);
    const download = await t.app.request(`/api/v1/files/${file.body.id}`, {
      headers: { cookie: team.as.leader.cookie },
    });
    expect(download.status).toBe(200);
    expect(new TextDecoder().decode(await download.arrayBuffer())).toMatch(/^%PDF-1\.4/);

    expect(await auditActions(task.id)).toEqual([
      "tasks.create",
      "tasks.accept",
      "tasks.progress",
      "tasks.submit",
      "tasks.return",
      "tasks.submit",
      "tasks.approve",
    ]);
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.returnCount).toBe(1);
    expect(row!.evidenceSummary).toBe("Đã bổ sung");
  });

  it("marks a task approved after its due date as late", async () => {
    const task = await newTask();
    await act(task.id, "submit", team.as.assignee, { note: "Nộp" });
    await t.db
      .update(tasks)
      .set({ dueDate: addDays(todayVn(), -3) })
      .where(eq(tasks.id, task.id));
    const approved = await act(task.id, "approve", team.as.leader, {});
    expect(approved.body).toMatchObject({ status: "done", completedOnTime: false });
  });

  it("caps extension requests at tasks.extension_max (2) with 412", async () => {
    const task = await newTask();
    let due = task.dueDate;
    for (let i = 1; i <= 2; i++) {
      due = addDays(due, 5);
      expect(
        (await act(task.id, "extensions", team.as.assignee, { newDueDate: due, reason: `Lần ${i}` })).status,
      ).toBe(200);
      const decided = await act(task.id, "extensions/decide", team.as.leader, {
        approve: true,
        note: "Đồng ý",
      });
      expect(decided.body).toMatchObject({ dueDate: due, extensionCount: i, originalDueDate: task.dueDate });
    }
    const third = await act(task.id, "extensions", team.as.assignee, {
      newDueDate: addDays(due, 5),
      reason: "Lần 3",
    });
    expect(third.status).toBe(412);
    expect(third.body.error.code).toBe("PRECONDITION_FAILED");
    const detail = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: team.as.assignee });
    expect(detail.body.extensions.map((x: { status: string }) => x.status)).toEqual(["approved", "approved"]);
    expect(await auditActions(task.id)).toEqual([
      "tasks.create",
      "tasks.extension-request",
      "tasks.extension-approve",
      "tasks.extension-request",
      "tasks.extension-approve",
    ]);
  });

  it("keeps the due date when an extension is refused, and rejects an earlier date", async () => {
    const task = await newTask();
    const earlier = await act(task.id, "extensions", team.as.assignee, {
      newDueDate: task.dueDate,
      reason: "Không đổi",
    });
    expect(earlier.status).toBe(400);
    expect(earlier.body.error.details[0].path).toBe("newDueDate");
    const asked = await act(task.id, "extensions", team.as.assignee, {
      newDueDate: addDays(task.dueDate, 10),
      reason: "Chờ ý kiến sở",
    });
    expect(asked.body.abilities).toMatchObject({ requestExtension: false });
    expect(
      (
        await act(task.id, "extensions", team.as.assignee, {
          newDueDate: addDays(task.dueDate, 11),
          reason: "Lần nữa",
        })
      ).status,
    ).toBe(403);
    const refused = await act(task.id, "extensions/decide", team.as.leader, {
      approve: false,
      note: "Không đủ lý do",
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ dueDate: task.dueDate, extensionCount: 0 });
    expect((await act(task.id, "extensions/decide", team.as.leader, { approve: true })).status).toBe(403);
    const detail = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: team.as.leader });
    expect(detail.body.extensions).toEqual([
      expect.objectContaining({
        status: "refused",
        decisionNote: "Không đủ lý do",
        newDueDate: addDays(task.dueDate, 10),
      }),
    ]);
    expect(await auditActions(task.id)).toEqual([
      "tasks.create",
      "tasks.extension-request",
      "tasks.extension-refuse",
    ]);
  });

  it("records who urged and notifies the assignee", async () => {
    const task = await newTask();
    expect((await act(task.id, "urge", team.as.assignee, { note: "?" })).status).toBe(403);
    const res = await act(task.id, "urge", team.as.leader, { note: "Đề nghị khẩn trương" });
    expect(res.status).toBe(200);
    const detail = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: team.as.assignee });
    const urge = detail.body.events.find((e: { type: string }) => e.type === "urge");
    expect(urge).toMatchObject({
      actor: { id: team.leader.id, fullName: team.leader.fullName },
      note: "Đề nghị khẩn trương",
      data: { by: team.leader.fullName },
    });
    const messages = await outboxFor(t.db, task.id, `Đôn đốc nhiệm vụ ${task.code}`);
    expect(messages.map((m) => [m.staffId, m.channel]).sort()).toEqual(
      [
        [team.assignee.id, "email"],
        [team.assignee.id, "in_app"],
      ].sort(),
    );
    expect(messages[0]!.body).toContain(team.leader.fullName);
    expect(await auditActions(task.id)).toEqual(["tasks.create", "tasks.urge"]);
  });

  it("lets the director cancel with a reason", async () => {
    const task = await newTask();
    expect((await act(task.id, "cancel", team.as.assignee, { reason: "Không làm" })).status).toBe(403);
    expect((await act(task.id, "cancel", team.as.leader, { reason: "x" })).status).toBe(400);
    const res = await act(task.id, "cancel", team.as.leader, { reason: "Công dân rút đơn" });
    expect(res.body).toMatchObject({ status: "cancelled", daysLeft: null });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row!.cancelReason).toBe("Công dân rút đơn");
    expect((await outboxFor(t.db, task.id, `Nhiệm vụ ${task.code} đã hủy`, team.assignee.id)).length).toBe(2);
    const [audit] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, "tasks.cancel"));
    expect(audit).toMatchObject({ entityId: task.id, reason: "Công dân rút đơn", actorId: team.leader.id });
    expect((await act(task.id, "urge", team.as.leader, {})).status).toBe(403);
  });

  it("keeps the audit chain verifiable after every transition", async () => {
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: true, firstBrokenSeq: null });
    expect(result.checked).toBeGreaterThanOrEqual(30);
  });
});
