import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tasks } from "../../../src/db/schema";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { addDays, buildTask, buildTeam, taskBody, todayVn } from "./helpers";

type Item = { id: string; code: string; dueDate: string; isOverdue: boolean };

describe(`task boards, stats and public promises on ${DB_KIND}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (session: Session, query: string) => {
    const res = await call(t, "GET", `/api/v1/tasks?${query}`, { session });
    expect(res.status).toBe(200);
    return res.body as { items: Item[]; nextCursor: string | null };
  };
  const ids = (page: { items: Item[] }) => page.items.map((i) => i.id).sort();

  describe("boards", () => {
    let p: { lp: Session; lc: Session; a: Session };
    let tk: { t1: string; t2: string; t3: string };

    beforeAll(async () => {
      const parent = await buildUnit(t.db);
      const child = await buildUnit(t.db, { parentId: parent.id });
      const leaderP = await buildStaff(t.db, { unitId: parent.id, roles: ["leader"] });
      const leaderC = await buildStaff(t.db, { unitId: child.id, roles: ["leader"] });
      const officerA = await buildStaff(t.db, { unitId: child.id });
      const officerB = await buildStaff(t.db, { unitId: child.id });
      const due = todayVn();
      tk = {
        t1: (
          await buildTask(t.db, {
            unitId: child.id,
            assigneeId: officerA.id,
            directorId: leaderC.id,
            dueDate: addDays(due, 3),
          })
        ).id,
        t2: (
          await buildTask(t.db, {
            unitId: child.id,
            assigneeId: officerB.id,
            directorId: leaderP.id,
            dueDate: addDays(due, 20),
            sourceType: "petition",
            sourceId: "DON-77",
          })
        ).id,
        t3: (
          await buildTask(t.db, {
            unitId: parent.id,
            assigneeId: leaderC.id,
            directorId: leaderP.id,
            dueDate: addDays(due, -2),
          })
        ).id,
      };
      p = {
        lp: await signIn(t, leaderP.username),
        lc: await signIn(t, leaderC.username),
        a: await signIn(t, officerA.username),
      };
    });

    it("shows mine, directing, unit and all for each person", async () => {
      expect(ids(await list(p.a, "view=mine"))).toEqual([tk.t1]);
      expect(ids(await list(p.a, "view=all"))).toEqual([tk.t1]);
      expect(ids(await list(p.a, "view=directing"))).toEqual([]);
      expect(ids(await list(p.lc, "view=mine"))).toEqual([tk.t3]);
      expect(ids(await list(p.lc, "view=directing"))).toEqual([tk.t1]);
      expect(ids(await list(p.lc, "view=unit"))).toEqual([tk.t1, tk.t2].sort());
      expect(ids(await list(p.lc, "view=all"))).toEqual([tk.t1, tk.t2, tk.t3].sort());
      expect(ids(await list(p.lp, "view=mine"))).toEqual([]);
      expect(ids(await list(p.lp, "view=directing"))).toEqual([tk.t2, tk.t3].sort());
      expect(ids(await list(p.lp, "view=unit"))).toEqual([tk.t1, tk.t2, tk.t3].sort());
    });

    it("filters overdue, due within N days, and by source", async () => {
      const overdue = await list(p.lp, "view=all&status=overdue");
      expect(ids(overdue)).toEqual([tk.t3]);
      expect(overdue.items[0]!.isOverdue).toBe(true);
      expect(ids(await list(p.lp, "view=all&dueWithinDays=7"))).toEqual([tk.t1, tk.t3].sort());
      expect(ids(await list(p.lp, "view=all&dueWithinDays=0"))).toEqual([tk.t3]);
      expect(ids(await list(p.lp, "view=all&source=petition"))).toEqual([tk.t2]);
      expect(ids(await list(p.lp, "view=all&source=petition&sourceId=DON-77"))).toEqual([tk.t2]);
      expect(ids(await list(p.lp, "view=all&sourceId=DON-78"))).toEqual([]);
      await t.db.update(tasks).set({ status: "done" }).where(eq(tasks.id, tk.t1));
      expect(ids(await list(p.lp, "view=all"))).toEqual([tk.t2, tk.t3].sort());
      expect(ids(await list(p.lp, "view=all&status=done"))).toEqual([tk.t1]);
      expect(ids(await list(p.lp, "view=all&status=any"))).toEqual([tk.t1, tk.t2, tk.t3].sort());
      const bad = await call(t, "GET", "/api/v1/tasks?view=everything", { session: p.lp });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("view");
      const badCursor = await call(t, "GET", "/api/v1/tasks?cursor=garbage", { session: p.lp });
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.error.details[0].path).toBe("cursor");
    });

    it("pages 25 tasks by due date with limit 10, each exactly once", async () => {
      const unit = await buildUnit(t.db);
      const leader = await buildStaff(t.db, { unitId: unit.id, roles: ["leader"] });
      const officer = await buildStaff(t.db, { unitId: unit.id });
      const created: { id: string; dueDate: string }[] = [];
      for (let i = 0; i < 25; i++) {
        const row = await buildTask(t.db, {
          unitId: unit.id,
          assigneeId: officer.id,
          directorId: leader.id,
          dueDate: addDays(todayVn(), (i * 7) % 5),
        });
        created.push({ id: row.id, dueDate: row.dueDate });
      }
      const session = await signIn(t, officer.username);
      const seen: Item[] = [];
      const sizes: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Item[]; nextCursor: string | null } = await list(
          session,
          `view=mine&limit=10${cursor ? `&cursor=${cursor}` : ""}`,
        );
        sizes.push(page.items.length);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(sizes).toEqual([10, 10, 5]);
      expect(new Set(seen.map((i) => i.id)).size).toBe(25);
      expect(seen.map((i) => i.id).sort()).toEqual(created.map((c) => c.id).sort());
      const order = seen.map((i) => `${i.dueDate}|${i.id}`);
      expect(order).toEqual([...order].sort());
    });
  });

  describe("stats", () => {
    it("counts done on time, done late, overdue and returned per assignee", async () => {
      const team = await buildTeam(t);
      const { assignee, colleague, as } = team;
      const act = (id: string, action: string, session: Session, body: unknown = {}) =>
        call(t, "POST", `/api/v1/tasks/${id}/${action}`, { session, body });
      const create = async (assigneeId = assignee.id) =>
        (await call(t, "POST", "/api/v1/tasks", { session: as.leader, body: taskBody(team, { assigneeId }) }))
          .body.id as string;

      const onTime = await create();
      await act(onTime, "submit", as.assignee, { note: "Xong" });
      await act(onTime, "return", as.leader, { note: "Làm lại phần 2" });
      await act(onTime, "submit", as.assignee, { note: "Xong lần 2" });
      await act(onTime, "return", as.leader, { note: "Làm lại phần 3" });
      await act(onTime, "submit", as.assignee, { note: "Xong lần 3" });
      expect((await act(onTime, "approve", as.leader)).body.completedOnTime).toBe(true);

      const late = await create();
      await act(late, "submit", as.assignee, { note: "Xong" });
      await t.db
        .update(tasks)
        .set({ dueDate: addDays(todayVn(), -1) })
        .where(eq(tasks.id, late));
      expect((await act(late, "approve", as.leader)).body.completedOnTime).toBe(false);

      const overdue = await create();
      await t.db
        .update(tasks)
        .set({ dueDate: addDays(todayVn(), -4) })
        .where(eq(tasks.id, overdue));
      await create();
      const cancelled = await create();
      await act(cancelled, "cancel", as.leader, { reason: "Không còn cần thiết" });
      const other = await create(colleague.id);
      await act(other, "submit", as.colleague, { note: "Xong" });
      await act(other, "approve", as.leader);

      const res = await call(t, "GET", "/api/v1/tasks/stats?by=assignee", { session: as.leader });
      expect(res.status).toBe(200);
      const mine = res.body.items.find((r: { key: string }) => r.key === assignee.id);
      expect(mine).toEqual({
        key: assignee.id,
        name: assignee.fullName,
        assigned: 4,
        open: 2,
        doneOnTime: 1,
        doneLate: 1,
        overdue: 1,
        returned: 2,
      });
      const theirs = res.body.items.find((r: { key: string }) => r.key === colleague.id);
      expect(theirs).toMatchObject({ assigned: 1, doneOnTime: 1, doneLate: 0, overdue: 0, returned: 0 });
      const byUnit = await call(t, "GET", "/api/v1/tasks/stats?by=unit", { session: as.leader });
      expect(byUnit.body.items).toEqual([
        {
          key: team.unit.id,
          name: team.unit.name,
          assigned: 5,
          open: 2,
          doneOnTime: 2,
          doneLate: 1,
          overdue: 1,
          returned: 2,
        },
      ]);
      const asOfficer = await call(t, "GET", "/api/v1/tasks/stats", { session: as.assignee });
      expect(asOfficer.body.items).toEqual([]);
    });
  });

  describe("public promises", () => {
    it("shows a promise without any staff name and 404s a task that is not public", async () => {
      const team = await buildTeam(t, {
        names: { leader: "Trần Thị Chỉ Đạo", assignee: "Lê Văn Thực Hiện" },
      });
      const promise = await call(t, "POST", "/api/v1/tasks", {
        session: team.as.leader,
        body: taskBody(team, {
          title: "Sửa đường liên thôn bị sạt lở",
          source: { type: "reception", id: "TCD-5" },
          publicPromise: { title: "Sửa đường thôn 3 trước mùa mưa", summary: "UBND xã cam kết sửa xong" },
        }),
      });
      expect(promise.status).toBe(201);
      const internal = await call(t, "POST", "/api/v1/tasks", {
        session: team.as.leader,
        body: taskBody(team),
      });
      await call(t, "POST", `/api/v1/tasks/${promise.body.id}/submit`, {
        session: team.as.assignee,
        body: { note: "Đã sửa xong 200 m đường" },
      });

      const res = await t.app.request(`/api/public/v1/promises?unitId=${team.unit.id}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const name of [
        team.leader.fullName,
        team.assignee.fullName,
        team.leader.username,
        team.assignee.username,
      ]) {
        expect(text).not.toContain(name);
      }
      expect(text).not.toContain(team.leader.id);
      expect(text).not.toContain(team.assignee.id);
      const body = JSON.parse(text) as { items: Record<string, unknown>[] };
      expect(body.items).toHaveLength(1);
      expect(body.items[0]).toMatchObject({
        id: promise.body.id,
        title: "Sửa đường thôn 3 trước mùa mưa",
        summary: "UBND xã cam kết sửa xong",
        unitId: team.unit.id,
        unitName: team.unit.name,
        status: "submitted",
        progress: 100,
        evidenceSummary: null,
        source: "reception",
      });
      expect(Object.keys(body.items[0]!).sort()).toEqual(
        [
          "code",
          "completedAt",
          "dueDate",
          "evidenceSummary",
          "id",
          "isOverdue",
          "progress",
          "source",
          "status",
          "summary",
          "title",
          "unitId",
          "unitName",
          "updatedAt",
        ].sort(),
      );

      await call(t, "POST", `/api/v1/tasks/${promise.body.id}/approve`, {
        session: team.as.leader,
        body: {},
      });
      const one = await t.app.request(`/api/public/v1/promises/${promise.body.id}`);
      const oneText = await one.text();
      expect(one.status).toBe(200);
      expect(oneText).not.toContain(team.assignee.fullName);
      expect(oneText).not.toContain(team.leader.fullName);
      expect(JSON.parse(oneText)).toMatchObject({
        status: "done",
        evidenceSummary: "Đã sửa xong 200 m đường",
      });

      const hidden = await t.app.request(`/api/public/v1/promises/${internal.body.id}`);
      expect(hidden.status).toBe(404);
      const bySource = await t.app.request(`/api/public/v1/promises?sourceType=reception&sourceId=TCD-5`);
      expect(((await bySource.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
        promise.body.id,
      ]);
    });
  });
});
