import { buildWorkingCalendar, type WorkingCalendar } from "@danvan/common/calendar";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskAlerts, unitWeekends } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { sweepTaskAlerts } from "../../../src/modules/tasks/tasks.jobs";
import { newId } from "../../../src/platform/ids";
import { call } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { addDays, buildTask, buildTeam, outboxFor, type Team, taskBody, todayVn } from "./helpers";

describe(`task alerts sweep on ${DB_KIND}`, () => {
  let t: TestApp;
  let team: Team;
  let cal: WorkingCalendar;

  beforeAll(async () => {
    t = await createTestApp();
    await ensureDefaultRules(t.db);
    team = await buildTeam(t);
    const year = Number(todayVn().slice(0, 4));
    cal = buildWorkingCalendar({ fromYear: year - 1, toYear: year + 2 });
  });
  afterAll(async () => {
    await t.close();
  });

  const newTask = async (dueDate: string) => {
    const res = await call(t, "POST", "/api/v1/tasks", {
      session: team.as.leader,
      body: taskBody(team, { due: { date: dueDate } }),
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; code: string; dueDate: string };
  };
  const alertsOf = (taskId: string) => t.db.select().from(taskAlerts).where(eq(taskAlerts.taskId, taskId));

  it("reminds the assignee once for a task due in 1 working day, however often the sweep runs", async () => {
    const due = cal.addWorkingDays(todayVn(), 5);
    const task = await newTask(due);
    const far = await newTask(cal.addWorkingDays(todayVn(), 8));
    const sweepDay = cal.addWorkingDays(due, -1);
    const first = await sweepTaskAlerts(t.db, sweepDay);
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(await sweepTaskAlerts(t.db, sweepDay)).toEqual({ reminders: 0, escalations: 0 });
    expect(await sweepTaskAlerts(t.db, sweepDay)).toEqual({ reminders: 0, escalations: 0 });

    const reminders = await outboxFor(t.db, task.id, `Sắp đến hạn ${task.code}`);
    expect(reminders.map((m) => [m.staffId, m.channel]).sort()).toEqual(
      [
        [team.assignee.id, "email"],
        [team.assignee.id, "in_app"],
      ].sort(),
    );
    expect(reminders[0]!.body).toContain(`hạn ${due}`);
    expect(await alertsOf(task.id)).toEqual([expect.objectContaining({ kind: "reminder", dueDate: due })]);
    expect(await outboxFor(t.db, far.id, "Sắp đến hạn")).toHaveLength(0);
    expect(await alertsOf(far.id)).toHaveLength(0);
  });

  it("escalates an overdue task once to the director (and tells the assignee)", async () => {
    const row = await buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate: addDays(todayVn(), -3),
    });
    for (let i = 0; i < 3; i++) {
      await sweepTaskAlerts(t.db);
    }
    const toDirector = await outboxFor(t.db, row.id, `Quá hạn ${row.code}`, team.leader.id);
    expect(toDirector.map((m) => m.channel).sort()).toEqual(["email", "in_app"]);
    expect(toDirector[0]!.body).toContain("chưa hoàn thành");
    expect(await outboxFor(t.db, row.id, `Quá hạn ${row.code}`, team.assignee.id)).toHaveLength(2);
    expect(await outboxFor(t.db, row.id, "Quá hạn")).toHaveLength(4);
    expect(await alertsOf(row.id)).toEqual([expect.objectContaining({ kind: "escalation" })]);
  });

  it("leaves finished tasks alone", async () => {
    const done = await buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate: addDays(todayVn(), -2),
      status: "done",
    });
    const cancelled = await buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate: todayVn(),
      status: "cancelled",
    });
    await sweepTaskAlerts(t.db);
    expect(await alertsOf(done.id)).toHaveLength(0);
    expect(await alertsOf(cancelled.id)).toHaveLength(0);
  });

  it("sends a new reminder for the new date after an approved extension", async () => {
    const due = cal.addWorkingDays(todayVn(), 4);
    const task = await newTask(due);
    await sweepTaskAlerts(t.db, cal.addWorkingDays(due, -1));
    expect(await outboxFor(t.db, task.id, `Sắp đến hạn ${task.code}`, team.assignee.id)).toHaveLength(2);

    const newDue = cal.addWorkingDays(due, 10);
    const asked = await call(t, "POST", `/api/v1/tasks/${task.id}/extensions`, {
      session: team.as.assignee,
      body: { newDueDate: newDue, reason: "Chờ kết quả đo đạc" },
    });
    expect(asked.status).toBe(200);
    const approved = await call(t, "POST", `/api/v1/tasks/${task.id}/extensions/decide`, {
      session: team.as.leader,
      body: { approve: true, note: "Đồng ý" },
    });
    expect(approved.body.dueDate).toBe(newDue);

    await sweepTaskAlerts(t.db, cal.addWorkingDays(due, -1));
    expect(await outboxFor(t.db, task.id, `Sắp đến hạn ${task.code}`, team.assignee.id)).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      await sweepTaskAlerts(t.db, cal.addWorkingDays(newDue, -2));
    }
    const reminders = await outboxFor(t.db, task.id, `Sắp đến hạn ${task.code}`, team.assignee.id);
    expect(
      reminders
        .filter((m) => m.channel === "in_app")
        .map((m) => m.body.slice(-10))
        .sort(),
    ).toEqual([due, newDue].sort());
    expect((await alertsOf(task.id)).map((a) => a.dueDate).sort()).toEqual([due, newDue].sort());
  });
  it("still reminds a new task when more overdue tasks than one batch were already escalated", async () => {
    const backlog = [];
    for (let i = 0; i < 7; i++) {
      backlog.push(
        await buildTask(t.db, {
          unitId: team.unit.id,
          assigneeId: team.assignee.id,
          directorId: team.leader.id,
          dueDate: addDays(todayVn(), -20 - i),
        }),
      );
    }
    await sweepTaskAlerts(t.db, todayVn(), 3);
    for (const row of backlog) {
      expect(await alertsOf(row.id)).toEqual([expect.objectContaining({ kind: "escalation" })]);
    }
    const fresh = await buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate: cal.addWorkingDays(todayVn(), 1),
    });
    expect(await sweepTaskAlerts(t.db, todayVn(), 3)).toEqual({ reminders: 1, escalations: 0 });
    expect(await alertsOf(fresh.id)).toEqual([expect.objectContaining({ kind: "reminder" })]);
    expect(await outboxFor(t.db, fresh.id, `Sắp đến hạn ${fresh.code}`, team.assignee.id)).toHaveLength(2);
    expect(await sweepTaskAlerts(t.db, todayVn(), 3)).toEqual({ reminders: 0, escalations: 0 });
  });

  it("counts the reminder lead on the responsible unit's own weekend (a unit that works Saturdays)", async () => {
    const saturdays = await buildTeam(t);
    await t.db
      .insert(unitWeekends)
      .values({ id: newId(), unitId: saturdays.unit.id, weekend: [7], effectiveFrom: "2000-01-01" });
    const monday = "2027-03-08";
    const usual = await buildTask(t.db, {
      unitId: team.unit.id,
      assigneeId: team.assignee.id,
      directorId: team.leader.id,
      dueDate: monday,
    });
    const sixDay = await buildTask(t.db, {
      unitId: saturdays.unit.id,
      assigneeId: saturdays.assignee.id,
      directorId: saturdays.leader.id,
      dueDate: monday,
    });
    // Thursday: Friday and Monday are the two working days left for a Saturday–Sunday unit, while a unit
    // that works Saturdays still has Friday, Saturday and Monday.
    await sweepTaskAlerts(t.db, "2027-03-04");
    expect(await alertsOf(usual.id)).toEqual([
      expect.objectContaining({ kind: "reminder", dueDate: monday }),
    ]);
    expect(await alertsOf(sixDay.id)).toHaveLength(0);
    await sweepTaskAlerts(t.db, "2027-03-05");
    expect(await alertsOf(sixDay.id)).toEqual([
      expect.objectContaining({ kind: "reminder", dueDate: monday }),
    ]);
    expect(
      await outboxFor(t.db, sixDay.id, `Sắp đến hạn ${sixDay.code}`, saturdays.assignee.id),
    ).toHaveLength(2);
    expect(await alertsOf(usual.id)).toHaveLength(1);
  });
});
