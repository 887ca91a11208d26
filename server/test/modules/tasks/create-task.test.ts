import { buildWorkingCalendar } from "@danvan/common/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { buildStaff, buildUnit, call, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { addDays, buildTeam, type Team, taskBody, todayVn } from "./helpers";

describe(`creating tasks ("5 rõ") on ${DB_KIND}`, () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    await ensureDefaultRules(t.db);
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (body: unknown, session = team.as.leader) =>
    call(t, "POST", "/api/v1/tasks", { session, body });

  it("refuses anonymous callers and officers without tasks.create", async () => {
    expect((await call(t, "POST", "/api/v1/tasks", { body: taskBody(team) })).status).toBe(401);
    const res = await create(taskBody(team), team.as.colleague);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("unitId");
  });

  it("requires each of the five: content, person, director, time and product", async () => {
    for (const field of ["title", "assigneeId", "directorId", "due", "deliverable"]) {
      const body: Record<string, unknown> = taskBody(team);
      delete body[field];
      const res = await create(body);
      expect({
        field,
        status: res.status,
        paths: res.body.error.details.map((d: { path: string }) => d.path),
      }).toEqual({
        field,
        status: 400,
        paths: [field],
      });
    }
    const shortTitle = await create(taskBody(team, { title: "Làm" }));
    expect(shortTitle.status).toBe(400);
    expect(shortTitle.body.error.details[0].path).toBe("title");
  });

  it("refuses an assignee outside the unit's subtree", async () => {
    const other = await buildUnit(t.db);
    const stranger = await buildStaff(t.db, { unitId: other.id });
    const res = await create(taskBody(team, { assigneeId: stranger.id }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: "assigneeId" })]);

    const child = await buildUnit(t.db, { parentId: team.unit.id });
    const inChild = await buildStaff(t.db, { unitId: child.id });
    const ok = await create(taskBody(team, { assigneeId: inChild.id }));
    expect(ok.status).toBe(201);
  });

  it("refuses a director without a leader grant over the unit", async () => {
    const notLeader = await create(taskBody(team, { directorId: team.colleague.id }));
    expect(notLeader.status).toBe(400);
    expect(notLeader.body.error.details[0].path).toBe("directorId");

    const elsewhere = await buildUnit(t.db);
    const otherLeader = await buildStaff(t.db, { unitId: elsewhere.id, roles: ["leader"] });
    const res = await create(taskBody(team, { directorId: otherLeader.id }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("directorId");

    const self = await create(taskBody(team, { assigneeId: team.leader.id }));
    expect(self.status).toBe(400);
    expect(self.body.error.details[0].path).toBe("directorId");
  });

  it("refuses a due date in the past or too far ahead", async () => {
    const past = await create(taskBody(team, { due: { date: addDays(todayVn(), -1) } }));
    expect(past.status).toBe(400);
    expect(past.body.error.details[0].path).toBe("due");
    const far = await create(taskBody(team, { due: { date: addDays(todayVn(), 5 * 366) } }));
    expect(far.status).toBe(400);
    expect(far.body.error.details[0].path).toBe("due");
    const badRule = await create(taskBody(team, { due: { ruleCode: "no.such.rule" } }));
    expect(badRule.status).toBe(400);
    expect(badRule.body.error.details[0].path).toBe("due");
    const badFrom = await create(
      taskBody(team, { due: { ruleCode: "reception.reply", from: "2026-02-31" } }),
    );
    expect(badFrom.status).toBe(400);
    expect(badFrom.body.error.details[0].path).toBe("due");
  });

  it("computes {workingDays: 5} on the unit's calendar and explains it", async () => {
    const today = todayVn();
    const year = Number(today.slice(0, 4));
    const expected = buildWorkingCalendar({ fromYear: year - 1, toYear: year + 2 }).addWorkingDays(today, 5);
    const res = await create(taskBody(team, { due: { workingDays: 5 } }));
    expect(res.status).toBe(201);
    expect(res.body.dueDate).toBe(expected);
    expect(res.body.originalDueDate).toBe(expected);
    const [y, m, d] = expected.split("-");
    expect(res.body.dueExplanation).toContain("5 ngày làm việc");
    expect(res.body.dueExplanation).toContain(`${d}/${m}/${y}`);
  });

  it("computes a due date from a statutory rule", async () => {
    const res = await create(taskBody(team, { due: { ruleCode: "reception.reply", from: todayVn() } }));
    expect(res.status).toBe(201);
    expect(res.body.dueExplanation).toContain("Luật TCD 2013 Đ.28 k.1");
  });

  it("creates the task with its code, abilities and a notification for the assignee", async () => {
    const res = await create(
      taskBody(team, { source: { type: "petition", id: "DON-1", label: "Đơn số 1" } }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "assigned",
      unitId: team.unit.id,
      assignee: { id: team.assignee.id, fullName: team.assignee.fullName },
      director: { id: team.leader.id, fullName: team.leader.fullName },
      createdBy: { id: team.leader.id },
      source: { type: "petition", id: "DON-1", label: "Đơn số 1" },
      progress: 0,
      extensionCount: 0,
      isOverdue: false,
      daysLeft: 14,
      publicPromise: null,
      completedOnTime: null,
    });
    expect(res.body.code).toMatch(new RegExp(`^NV-${team.unit.code}-\\d{4}-\\d{4}$`));
    expect(res.body.abilities).toMatchObject({ cancel: true, urge: true, accept: false, approve: false });
    const asAssignee = await call(t, "GET", `/api/v1/tasks/${res.body.id}`, { session: team.as.assignee });
    expect(asAssignee.body.abilities).toMatchObject({
      accept: true,
      cancel: false,
      urge: false,
      approve: false,
    });
    expect(asAssignee.body.events.map((e: { type: string }) => e.type)).toEqual(["assign"]);
  });

  it("hides a task from out-of-scope staff: 404 on reads and actions", async () => {
    const created = await create(taskBody(team));
    const id = created.body.id;
    const asked = await call(t, "POST", `/api/v1/tasks/${id}/extensions`, {
      session: team.as.assignee,
      body: { newDueDate: addDays(created.body.dueDate, 7), reason: "Chờ số liệu của thôn" },
    });
    expect(asked.status).toBe(200);
    const elsewhere = await buildUnit(t.db);
    const outsiders = [
      await buildStaff(t.db, { unitId: elsewhere.id, roles: ["leader"] }),
      await buildStaff(t.db, { unitId: elsewhere.id, roles: ["admin", "inspector"] }),
    ];
    for (const person of outsiders) {
      const session = await signIn(t, person.username);
      expect((await call(t, "GET", `/api/v1/tasks/${id}`, { session })).status).toBe(404);
      for (const [action, body] of [
        ["accept", {}],
        ["urge", { note: "Nhanh lên" }],
        ["cancel", { reason: "Không cần nữa" }],
        ["extensions", { newDueDate: addDays(todayVn(), 30), reason: "Cần thêm thời gian" }],
        ["progress", { percent: 40, note: "Đã khảo sát" }],
        ["submit", { note: "Đã hoàn thành" }],
        ["approve", { note: "Đạt" }],
        ["return", { note: "Bổ sung ý kiến của thôn" }],
        ["extensions/decide", { approve: true, note: "Đồng ý" }],
      ] as const) {
        const res = await call(t, "POST", `/api/v1/tasks/${id}/${action}`, { session, body });
        expect({ action, status: res.status }).toEqual({ action, status: 404 });
      }
    }
    const untouched = await call(t, "GET", `/api/v1/tasks/${id}`, { session: team.as.leader });
    expect(untouched.body).toMatchObject({ status: "assigned", progress: 0, dueDate: created.body.dueDate });
    expect(untouched.body.abilities).toMatchObject({ decideExtension: true });
    const colleague = await call(t, "GET", `/api/v1/tasks/${id}`, { session: team.as.colleague });
    expect(colleague.status).toBe(404);
    const parentLeader = await buildStaff(t.db, { unitId: team.unit.id, roles: ["inspector"] });
    const monitor = await call(t, "GET", `/api/v1/tasks/${id}`, {
      session: await signIn(t, parentLeader.username),
    });
    expect(monitor.status).toBe(200);
    expect(monitor.body.abilities).toMatchObject({ urge: true, cancel: false, approve: false });
  });
});
