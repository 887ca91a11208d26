import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { acceptedComplaint, buildWorld, petitionApp, type World } from "../petitions/helpers";

type Item = { id: string; code: string; status: string; isOverdue: boolean; dueDate: string };

describe(`a petition's tasks, as its screen lists them, on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (path: string, session: Session, body: unknown = {}) =>
    call(t, "POST", `/api/v1/${path}`, { session, body });
  const bySource = async (session: Session, petitionId: string) => {
    const query = `view=all&status=any&source=petition&sourceId=${petitionId}&sort=due`;
    const res = await call(t, "GET", `/api/v1/tasks?${query}`, { session });
    expect(res.status).toBe(200);
    return (res.body.items as Item[]).map((i) => ({ id: i.id, status: i.status, isOverdue: i.isOverdue }));
  };

  it("lists the follow-up tasks of one petition with their state, and nothing of another", async () => {
    const p = await acceptedComplaint(t, w);
    const other = await acceptedComplaint(t, w);
    const urged = await post(`petitions/${p.id}/urge`, w.as.leaderA, { note: "Khẩn trương xác minh" });
    expect(urged.status).toBe(201);
    const report = await post(`petitions/${p.id}/report-to-head`, w.as.receptionA, {
      headId: w.people.leaderA.id,
      note: "Vụ việc phức tạp, đề nghị Chủ tịch chỉ đạo",
    });
    expect(report.status).toBe(201);
    expect((await post(`petitions/${other.id}/urge`, w.as.leaderA, { note: "Đôn đốc" })).status).toBe(201);
    expect((await post(`tasks/${urged.body.id}/accept`, w.as.handlerA)).status).toBe(200);

    const expected = [
      { id: urged.body.id, status: "accepted", isOverdue: false },
      { id: report.body.id, status: "assigned", isOverdue: false },
    ].sort((x, y) => x.id.localeCompare(y.id));
    const sorted = (rows: { id: string }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(await bySource(w.as.leaderA, p.id))).toEqual(expected);
    expect(sorted(await bySource(w.as.inspector, p.id))).toEqual(expected);
    expect(sorted(await bySource(w.as.handlerA, p.id))).toEqual(expected);
    expect(await bySource(w.as.receptionB, p.id)).toEqual([]);
  });
});
