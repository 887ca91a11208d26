import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../../src/db/schema";
import { sweepPetitionAlerts } from "../../../src/modules/petitions/petitions.jobs";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  acceptedComplaint,
  addDays,
  buildWorld,
  classify,
  intake,
  intakeBody,
  patchPetition,
  petitionApp,
  todayVn,
  type World,
} from "./helpers";

describe(`petition register, duplicates and figures on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  const get = (path: string, session?: World["as"]["receptionA"]) =>
    call(t, "GET", `/api/v1/petitions${path}`, { session });

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists in scope with filters and keyset pages", async () => {
    expect((await get("")).status).toBe(401);
    expect((await get("?limit=0", w.as.receptionA)).status).toBe(400);
    expect((await get("?status=lost", w.as.receptionA)).status).toBe(400);
    expect((await get("?cursor=garbage", w.as.receptionA)).status).toBe(400);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { petition } = await intake(
        t,
        w.as.receptionA,
        intakeBody(w.a.id, { kind: i % 2 ? "feedback" : "complaint" }),
      );
      ids.push(petition.id);
    }
    await intake(t, w.as.receptionB, intakeBody(w.b.id));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`, w.as.receptionA);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(ids));
    const units = (await get("?status=any&limit=100", w.as.receptionA)).body.items.map(
      (p: { unitId: string }) => p.unitId,
    );
    expect(new Set(units)).toEqual(new Set([w.a.id]));
    expect((await get("?status=any", w.as.admin)).body.items).toEqual([]);
    const feedback = await get("?kind=feedback", w.as.receptionA);
    expect(feedback.body.items.every((p: { kind: string }) => p.kind === "feedback")).toBe(true);
    const province = await get(`?unitId=${w.b.id}`, w.as.inspector);
    expect(province.body.items.length).toBe(1);
    await patchPetition(t.db, ids[0]!, { currentDue: addDays(todayVn(), -2) });
    const overdue = await get("?overdue=true", w.as.receptionA);
    expect(overdue.body.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect(overdue.body.items[0].isOverdue).toBe(true);
    const soon = await get("?dueWithinDays=0&sort=due", w.as.receptionA);
    expect(soon.body.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    const text = await get(
      `?q=${encodeURIComponent("khieu nai ve viec cap giay")}&status=any`,
      w.as.receptionA,
    );
    expect(text.body.items.length).toBeGreaterThan(0);
  });

  it("finds repeats: same applicant, similar content without diacritics, decided, over-level", async () => {
    const base = intakeBody(w.a.id);
    const first = await acceptedComplaint(t, w, base);
    await call(t, "POST", `/api/v1/petitions/${first.id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "40/QĐ", answer: "Giải quyết xong", publish: false },
    });
    const folded = await intake(t, w.as.receptionP, {
      ...intakeBody(w.province.id),
      content:
        "Toi khieu nai quyet dinh so thu hoi dat ruong lua tai canh dong Bau Sen, chua boi thuong thoa dang.",
    });
    const again = await intake(t, w.as.receptionA, { ...base, summary: "Gửi lại đơn khiếu nại" });
    const unrelated = await intake(t, w.as.receptionA, {
      ...intakeBody(w.a.id),
      content: "Đề nghị lắp đèn chiếu sáng đường liên thôn và sửa cống thoát nước trước mùa mưa bão năm nay.",
    });
    expect((await get(`/${again.petition.id}/similar`)).status).toBe(401);
    expect((await get(`/${again.petition.id}/similar`, w.as.receptionB)).status).toBe(404);
    expect((await get(`/${again.petition.id}/similar?threshold=2`, w.as.receptionA)).status).toBe(400);
    const res = await get(`/${again.petition.id}/similar`, w.as.leaderP);
    expect(res.status).toBe(200);
    const byId = new Map(
      res.body.items.map((i: { petition: { id: string }; reasons: string[] }) => [i.petition.id, i.reasons]),
    );
    expect(byId.get(first.id)).toEqual(
      expect.arrayContaining(["same_applicant", "similar_content", "already_decided"]),
    );
    expect(byId.get(folded.petition.id)).toEqual(expect.arrayContaining(["similar_content", "over_level"]));
    expect(byId.has(unrelated.petition.id)).toBe(false);
    expect(byId.has(again.petition.id)).toBe(false);
    const narrow = await get(`/${again.petition.id}/similar`, w.as.receptionA);
    expect(narrow.body.items.map((i: { petition: { id: string } }) => i.petition.id)).not.toContain(
      folded.petition.id,
    );
  });

  it("shows the board to monitors only: due soon, overdue and by agency", async () => {
    const late = await acceptedComplaint(t, w);
    await patchPetition(t.db, late.id, { currentDue: addDays(todayVn(), -3) });
    expect((await get("/board")).status).toBe(401);
    expect((await get("/board", w.as.handlerA)).status).toBe(403);
    expect((await get("/board?dueWithinDays=-1", w.as.leaderA)).status).toBe(400);
    const board = await get("/board?dueWithinDays=10", w.as.leaderA);
    expect(board.status).toBe(200);
    expect(board.body.overdue.map((p: { id: string }) => p.id)).toContain(late.id);
    expect(board.body.dueSoon.every((p: { isOverdue: boolean }) => !p.isOverdue)).toBe(true);
    const agency = board.body.byAgency.find((a: { agencyId: string }) => a.agencyId === w.agencyA.id);
    expect(agency.overdue).toBeGreaterThanOrEqual(1);
    const other = await get("/board", w.as.leaderB);
    expect(other.body.overdue.map((p: { id: string }) => p.id)).not.toContain(late.id);
  });

  it("computes the handling rate (resolved ÷ accepted) and on-time rate for a period", async () => {
    const fresh = await buildWorld(t);
    const from = addDays(todayVn(), -10);
    const to = todayVn();
    const done: string[] = [];
    for (let i = 0; i < 4; i++) {
      done.push((await acceptedComplaint(t, fresh)).id);
    }
    for (const [i, id] of done.slice(0, 3).entries()) {
      if (i === 2) {
        await patchPetition(t.db, id, { resolveDue: addDays(todayVn(), -1) });
      }
      const res = await call(t, "POST", `/api/v1/petitions/${id}/resolve`, {
        session: fresh.as.handlerA,
        body: {
          decisionNo: `${i}/QĐ`,
          answer: "Đã giải quyết",
          publish: true,
          lateReason: i === 2 ? "Chậm do mưa lũ" : undefined,
        },
      });
      expect(res.status).toBe(200);
    }
    const { petition } = await intake(t, fresh.as.receptionA, intakeBody(fresh.a.id, { kind: "feedback" }));
    await classify(t, fresh.as.receptionA, petition.id, { kind: "feedback" });
    expect((await get(`/figures?from=${from}&to=${to}`)).status).toBe(401);
    expect((await get(`/figures?from=${from}&to=${to}`, fresh.as.handlerA)).status).toBe(403);
    const backwards = await get(`/figures?from=${to}&to=${from}`, fresh.as.leaderA);
    expect(detailPaths(backwards.body)).toEqual(["to"]);
    const res = await get(`/figures?from=${from}&to=${to}`, fresh.as.leaderA);
    expect(res.status).toBe(200);
    expect(res.body.total).toMatchObject({
      received: 5,
      accepted: 4,
      resolved: 3,
      resolvedOnTime: 2,
      open: 2,
    });
    expect(res.body.total.handlingRate).toBe(0.75);
    expect(res.body.total.onTimeRate).toBe(0.6667);
    expect(res.body.byUnit.map((u: { key: string }) => u.key)).toEqual([fresh.a.id]);
    const complaints = res.body.byKind.find((k: { key: string }) => k.key === "complaint");
    expect(complaints).toMatchObject({ accepted: 4, resolved: 3, name: "Khiếu nại" });
    expect(res.body.backlog.find((b: { bucket: string }) => b.bucket === "0-10").count).toBe(2);
  });

  it("exports the register as CSV with formula-safe cells", async () => {
    await intake(t, w.as.receptionA, { ...intakeBody(w.a.id), summary: '=HYPERLINK("http://x") khiếu nại' });
    const res = await t.app.request("/api/v1/petitions/export?status=any", {
      headers: { cookie: w.as.receptionA.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text.split("\r\n")[0]).toContain("Mã đơn");
    expect(text).toContain('"\'=HYPERLINK(""http://x"") khiếu nại"');
    expect((await t.app.request("/api/v1/petitions/export")).status).toBe(401);
    const bad = await t.app.request("/api/v1/petitions/export?status=lost", {
      headers: { cookie: w.as.receptionA.cookie },
    });
    expect(bad.status).toBe(400);
    const other = await t.app.request("/api/v1/petitions/export?status=any", {
      headers: { cookie: w.as.receptionB.cookie },
    });
    expect(await other.text()).not.toContain("HYPERLINK");
  });

  it("alerts the handler and directing leaders once per missed deadline", async () => {
    const p = await acceptedComplaint(t, w);
    await patchPetition(t.db, p.id, { currentDue: addDays(todayVn(), -1) });
    expect(await sweepPetitionAlerts(t.db)).toBeGreaterThanOrEqual(1);
    expect(await sweepPetitionAlerts(t.db)).toBe(0);
    const link = eq(outbox.link, `/petitions/${p.id}`);
    const toLeader = await t.db
      .select()
      .from(outbox)
      .where(and(link, eq(outbox.staffId, w.people.leaderA.id)));
    const toProvince = await t.db
      .select()
      .from(outbox)
      .where(and(link, eq(outbox.staffId, w.people.leaderP.id)));
    const toHandler = await t.db
      .select()
      .from(outbox)
      .where(and(link, eq(outbox.staffId, w.people.handlerA.id)));
    expect(toLeader.filter((m) => m.subject.includes("quá hạn")).length).toBeGreaterThan(0);
    expect(toProvince.filter((m) => m.subject.includes("quá hạn")).length).toBeGreaterThan(0);
    expect(toHandler.filter((m) => m.subject.includes("quá hạn")).length).toBeGreaterThan(0);
    await patchPetition(t.db, p.id, { currentDue: addDays(todayVn(), -2) });
    expect(await sweepPetitionAlerts(t.db)).toBe(1);
  });
});
