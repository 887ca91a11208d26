import { buildWorkingCalendar } from "@danvan/common/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitWeekends } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { newId } from "../../../src/platform/ids";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { addDays, buildTask, buildTeam, type Team, taskBody, todayVn } from "./helpers";

type Person = { id: string; fullName: string };

describe(`what the task pages need from the server on ${DB_KIND}`, () => {
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

  const calendar = (weekend?: number[]) => {
    const year = Number(todayVn().slice(0, 4));
    return buildWorkingCalendar({ fromYear: year - 1, toYear: year + 2, weekend });
  };

  describe("GET /tasks/options: who the create form may name", () => {
    it("refuses anonymous callers, hides units out of scope, rejects a malformed id", async () => {
      const path = `/api/v1/tasks/options?unitId=${team.unit.id}`;
      expect((await call(t, "GET", path)).status).toBe(401);
      expect((await call(t, "GET", path, { session: team.as.colleague })).status).toBe(404);
      const other = await buildTeam(t);
      expect((await call(t, "GET", path, { session: other.as.leader })).status).toBe(404);
      const bad = await call(t, "GET", "/api/v1/tasks/options?unitId=xyz", { session: team.as.leader });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("unitId");
    });

    it("lists active staff of the subtree as assignees and leaders over the unit as directors", async () => {
      const parent = await buildUnit(t.db);
      const unit = await buildUnit(t.db, { parentId: parent.id });
      const child = await buildUnit(t.db, { parentId: unit.id });
      const sibling = await buildUnit(t.db, { parentId: parent.id });
      const chair = await buildStaff(t.db, { unitId: parent.id, roles: ["leader"], fullName: "Ân Chủ Tịch" });
      const deputy = await buildStaff(t.db, { unitId: unit.id, roles: ["leader"], fullName: "Bùi Phó" });
      const officer = await buildStaff(t.db, { unitId: unit.id, roles: ["handler"], fullName: "Đỗ Cán Bộ" });
      const hamlet = await buildStaff(t.db, { unitId: child.id, fullName: "Cao Thôn" });
      const away = await buildStaff(t.db, { unitId: sibling.id, roles: ["leader"], fullName: "Xa Lạ" });
      const below = await buildStaff(t.db, { unitId: child.id, roles: ["leader"], fullName: "Dưới Cấp" });
      const session: Session = await signIn(t, deputy.username);

      const res = await call(t, "GET", `/api/v1/tasks/options?unitId=${unit.id}`, { session });
      expect(res.status).toBe(200);
      const names = (list: Person[]) => list.map((p) => p.fullName);
      expect(names(res.body.assignees)).toEqual([deputy, hamlet, below, officer].map((s) => s.fullName));
      expect(names(res.body.directors)).toEqual([chair.fullName, deputy.fullName]);
      expect(names(res.body.assignees)).not.toContain(away.fullName);
      expect(names(res.body.directors)).not.toContain(below.fullName);

      // what the options offer, createTask accepts
      const created = await call(t, "POST", "/api/v1/tasks", {
        session,
        body: {
          ...taskBody(team),
          unitId: unit.id,
          assigneeId: hamlet.id,
          directorId: chair.id,
        },
      });
      expect(created.status).toBe(201);
    });
  });

  describe("working days left", () => {
    it("counts working days to the due date on the unit's calendar, negative when overdue", async () => {
      const today = todayVn();
      const ahead = await call(t, "POST", "/api/v1/tasks", {
        session: team.as.leader,
        body: taskBody(team, { due: { date: addDays(today, 20) } }),
      });
      expect(ahead.status).toBe(201);
      expect(ahead.body.workingDaysLeft).toBe(calendar().workingDaysBetween(today, addDays(today, 20)));
      expect(ahead.body.daysLeft).toBe(20);

      const late = await buildTask(t.db, {
        unitId: team.unit.id,
        assigneeId: team.assignee.id,
        directorId: team.leader.id,
        dueDate: addDays(today, -10),
      });
      const res = await call(t, "GET", `/api/v1/tasks/${late.id}`, { session: team.as.leader });
      expect(res.body.isOverdue).toBe(true);
      expect(res.body.workingDaysLeft).toBe(-calendar().workingDaysBetween(addDays(today, -10), today));
      expect(res.body.workingDaysLeft).toBeLessThan(0);
    });

    it("uses the unit's own weekend (a unit that works on Saturdays)", async () => {
      const today = todayVn();
      const six = await buildTeam(t);
      await t.db
        .insert(unitWeekends)
        .values({ id: newId(), unitId: six.unit.id, weekend: [7], effectiveFrom: "2000-01-01" });
      const task = await buildTask(t.db, {
        unitId: six.unit.id,
        assigneeId: six.assignee.id,
        directorId: six.leader.id,
        dueDate: addDays(today, 21),
      });
      const res = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: six.as.leader });
      expect(res.body.workingDaysLeft).toBe(calendar([7]).workingDaysBetween(today, addDays(today, 21)));
      expect(res.body.workingDaysLeft).toBeGreaterThan(
        calendar().workingDaysBetween(today, addDays(today, 21)),
      );
    });

    it("is null once the task is closed", async () => {
      const task = await buildTask(t.db, {
        unitId: team.unit.id,
        assigneeId: team.assignee.id,
        directorId: team.leader.id,
        dueDate: addDays(todayVn(), 5),
        status: "done",
      });
      const res = await call(t, "GET", `/api/v1/tasks/${task.id}`, { session: team.as.leader });
      expect(res.body.workingDaysLeft).toBeNull();
    });
  });

  describe("board sorting with keyset pages", () => {
    it("pages through due-ascending, due-descending and newest-first without gaps or repeats", async () => {
      const sorted = await buildTeam(t);
      const today = todayVn();
      const made: { id: string; due: string }[] = [];
      for (const offset of [9, 3, 3, 12, 6, 1, 3]) {
        const res = await call(t, "POST", "/api/v1/tasks", {
          session: sorted.as.leader,
          body: taskBody(sorted, { due: { date: addDays(today, offset) } }),
        });
        expect(res.status).toBe(201);
        made.push({ id: res.body.id, due: res.body.dueDate });
      }
      const walk = async (sort: string) => {
        const seen: { id: string; dueDate: string }[] = [];
        let cursor: string | null = null;
        do {
          const qs: string = `view=directing&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
          const res = await call(t, "GET", `/api/v1/tasks?${qs}`, { session: sorted.as.leader });
          expect(res.status).toBe(200);
          seen.push(...res.body.items);
          cursor = res.body.nextCursor;
        } while (cursor);
        return seen;
      };
      const asc = await walk("due");
      expect(asc.map((i) => i.id).sort()).toEqual(made.map((m) => m.id).sort());
      expect(asc.map((i) => i.dueDate)).toEqual(made.map((m) => m.due).sort());
      const descending = await walk("-due");
      expect(descending.map((i) => i.id)).toEqual(asc.map((i) => i.id).reverse());
      const newest = await walk("-created");
      expect(newest.map((i) => i.id)).toEqual(made.map((m) => m.id).reverse());

      const bad = await call(t, "GET", "/api/v1/tasks?sort=title", { session: sorted.as.leader });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("sort");
    });
  });

  describe("board filter on commitments to the people", () => {
    it("lists only public promises, or only internal tasks, and rejects other values", async () => {
      const mixed = await buildTeam(t);
      const promise = await call(t, "POST", "/api/v1/tasks", {
        session: mixed.as.leader,
        body: taskBody(mixed, { publicPromise: { title: "Làm lại cống thoát nước xóm 4", summary: "" } }),
      });
      const internal = await call(t, "POST", "/api/v1/tasks", {
        session: mixed.as.leader,
        body: taskBody(mixed),
      });
      const ids = async (value: string) => {
        const res = await call(t, "GET", `/api/v1/tasks?view=directing&publicPromise=${value}`, {
          session: mixed.as.leader,
        });
        expect(res.status).toBe(200);
        return res.body.items.map((i: { id: string }) => i.id);
      };
      expect(await ids("true")).toEqual([promise.body.id]);
      expect(await ids("false")).toEqual([internal.body.id]);
      const bad = await call(t, "GET", "/api/v1/tasks?publicPromise=yes", { session: mixed.as.leader });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("publicPromise");
    });
  });

  describe("task detail", () => {
    it("shows the extension limit of the rule set and the engine's explanation in the reader's language", async () => {
      const created = await call(t, "POST", "/api/v1/tasks", {
        session: team.as.leader,
        body: taskBody(team, { due: { workingDays: 5 } }),
      });
      expect(created.status).toBe(201);
      const vi = await call(t, "GET", `/api/v1/tasks/${created.body.id}`, {
        session: team.as.leader,
        headers: { "accept-language": "vi" },
      });
      expect(vi.body.extensionMax).toBe(2);
      expect(vi.body.dueExplanation).toContain("5 ngày làm việc");
      const en = await call(t, "GET", `/api/v1/tasks/${created.body.id}`, {
        session: team.as.leader,
        headers: { "accept-language": "en" },
      });
      expect(en.body.dueExplanation).toContain("5 working days");
    });
  });

  describe("public promise units", () => {
    it("lists units with promises and their counts, without sign-in", async () => {
      const promising = await buildTeam(t);
      for (const title of ["Nạo vét kênh tưới thôn 2", "Lắp đèn đường xóm 5"]) {
        const res = await call(t, "POST", "/api/v1/tasks", {
          session: promising.as.leader,
          body: taskBody(promising, { publicPromise: { title, summary: "" } }),
        });
        expect(res.status).toBe(201);
      }
      const res = await t.app.request("/api/public/v1/promises/units");
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: { id: string; name: string; count: number }[] };
      expect(body.items.find((u) => u.id === promising.unit.id)).toEqual({
        id: promising.unit.id,
        name: promising.unit.name,
        count: 2,
      });
      expect(body.items.find((u) => u.id === team.unit.id)).toBeUndefined();
    });
  });
});
