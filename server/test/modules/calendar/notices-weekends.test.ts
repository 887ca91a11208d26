import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../../src/platform/audit";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

type Day = { date: string; kind: string; name: string };

const notice2027 = {
  year: 2027,
  reference: "Thông báo 1234/TB-BNV",
  title: "Nghỉ lễ 30/4 năm 2027",
  days: [
    { date: "2027-04-24", kind: "working_day", name: "Làm bù cho ngày 29/04", nameEn: "Make-up for 29/04" },
    { date: "2027-04-29", kind: "extra_day_off", name: "Nghỉ hoán đổi", nameEn: "Swapped day off" },
  ],
};

describe(`holiday notices and unit weekends on ${DB_KIND}`, () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let ids: { root: string; province: string; commune: string; sibling: string };

  const deadline = async (query: string) => {
    const res = await call(t, "GET", `/api/public/v1/calendar/deadline?${query}`);
    expect(res.status).toBe(200);
    return res.body.due as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const root = await buildUnit(t.db);
    const province = await buildUnit(t.db, { parentId: root.id, type: "tinh" });
    const commune = await buildUnit(t.db, { parentId: province.id });
    const sibling = await buildUnit(t.db, { parentId: root.id, type: "tinh" });
    ids = { root: root.id, province: province.id, commune: commune.id, sibling: sibling.id };
    admin = await signIn(t, (await buildStaff(t.db, { unitId: root.id, roles: ["admin"] })).username);
    leader = await signIn(t, (await buildStaff(t.db, { unitId: root.id, roles: ["leader"] })).username);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("yearly notices", () => {
    let noticeId: string;

    it("refuses a notice from anonymous callers and from a leader", async () => {
      expect((await call(t, "POST", "/api/v1/calendar/notices", { body: notice2027 })).status).toBe(401);
      const res = await call(t, "POST", "/api/v1/calendar/notices", { session: leader, body: notice2027 });
      expect(res.status).toBe(403);
    });

    it("shows a make-up Saturday and a swapped day off in the year and moves deadlines across them", async () => {
      expect(await deadline("from=2027-04-22&amount=5&basis=working_days")).toBe("2027-04-29");
      const res = await call(t, "POST", "/api/v1/calendar/notices", { session: admin, body: notice2027 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ year: 2027, isActive: true, reference: "Thông báo 1234/TB-BNV" });
      expect(res.body.days.map((d: Day) => [d.date, d.kind])).toEqual([
        ["2027-04-24", "working_day"],
        ["2027-04-29", "extra_day_off"],
      ]);
      noticeId = res.body.id;

      const year = await call(t, "GET", "/api/v1/calendar/year?year=2027", { session: leader });
      expect(year.status).toBe(200);
      const byDate = new Map<string, Day>(year.body.days.map((d: Day) => [d.date, d]));
      expect(byDate.get("2027-04-24")).toMatchObject({ kind: "working_day", name: "Làm bù cho ngày 29/04" });
      expect(byDate.get("2027-04-29")).toMatchObject({ kind: "extra_day_off", name: "Nghỉ hoán đổi" });
      expect(byDate.get("2027-04-30")?.kind).toBe("holiday");

      expect(await deadline("from=2027-04-22&amount=5&basis=working_days")).toBe("2027-04-28");
      expect(await deadline("from=2027-04-27&amount=2&basis=working_days")).toBe("2027-05-04");

      const listed = await call(t, "GET", "/api/v1/calendar/notices?year=2027", { session: leader });
      expect(listed.body.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
    });

    it("refuses a notice that contradicts the statutory days or an active notice, naming the day", async () => {
      const onHoliday = await call(t, "POST", "/api/v1/calendar/notices", {
        session: admin,
        body: {
          ...notice2027,
          days: [{ date: "2027-04-30", kind: "working_day", name: "Làm bù", nameEn: "Make-up" }],
        },
      });
      expect(onHoliday.status).toBe(400);
      expect(onHoliday.body.error.details[0].path).toBe("days.0.date");

      const secondBad = await call(t, "POST", "/api/v1/calendar/notices", {
        session: admin,
        body: {
          ...notice2027,
          days: [
            { date: "2027-12-31", kind: "extra_day_off", name: "Nghỉ thêm", nameEn: "Extra" },
            { date: "2027-05-05", kind: "working_day", name: "Làm bù", nameEn: "Make-up" },
          ],
        },
      });
      expect(secondBad.status).toBe(400);
      expect(secondBad.body.error.details[0].path).toBe("days.1.date");

      const repeatsActive = await call(t, "POST", "/api/v1/calendar/notices", {
        session: admin,
        body: {
          ...notice2027,
          days: [{ date: "2027-04-29", kind: "extra_day_off", name: "Trùng", nameEn: "Again" }],
        },
      });
      expect(repeatsActive.status).toBe(400);
      expect(repeatsActive.body.error.details[0].path).toBe("days.0.date");

      const wrongYear = await call(t, "POST", "/api/v1/calendar/notices", {
        session: admin,
        body: {
          ...notice2027,
          days: [{ date: "2028-01-03", kind: "extra_day_off", name: "Sai năm", nameEn: "Wrong" }],
        },
      });
      expect(wrongYear.status).toBe(400);
      expect(wrongYear.body.error.details[0].path).toBe("days.0.date");

      const listed = await call(t, "GET", "/api/v1/calendar/notices?year=2027", { session: admin });
      expect(listed.body.items).toHaveLength(1);
    });

    it("moves the deadline back when the notice is retracted", async () => {
      const noReason = await call(t, "POST", `/api/v1/calendar/notices/${noticeId}/retract`, {
        session: admin,
        body: { reason: " " },
      });
      expect(noReason.status).toBe(400);
      const res = await call(t, "POST", `/api/v1/calendar/notices/${noticeId}/retract`, {
        session: admin,
        body: { reason: "Thông báo bị thay thế" },
      });
      expect(res.status).toBe(204);
      expect(await deadline("from=2027-04-22&amount=5&basis=working_days")).toBe("2027-04-29");
      const year = await call(t, "GET", "/api/v1/calendar/year?year=2027", { session: leader });
      expect(year.body.days.some((d: Day) => d.date === "2027-04-24")).toBe(false);
      const again = await call(t, "POST", `/api/v1/calendar/notices/${noticeId}/retract`, {
        session: admin,
        body: { reason: "Lần hai" },
      });
      expect(again.status).toBe(412);
      const unknown = await call(
        t,
        "POST",
        "/api/v1/calendar/notices/00000000-0000-4000-8000-000000000000/retract",
        {
          session: admin,
          body: { reason: "Không có" },
        },
      );
      expect(unknown.status).toBe(404);
      const listed = await call(t, "GET", "/api/v1/calendar/notices?year=2027", { session: admin });
      expect(listed.body.items[0].isActive).toBe(false);
    });
  });

  describe("staff reads", () => {
    it("asks for a sign-in and names the field of a bad query", async () => {
      for (const path of [
        "/api/v1/calendar/year?year=2027",
        "/api/v1/calendar/notices?year=2027",
        `/api/v1/calendar/units/${ids.commune}/weekend`,
      ]) {
        expect((await call(t, "GET", path)).status).toBe(401);
      }
      const badYear = await call(t, "GET", "/api/v1/calendar/year?year=1850", { session: leader });
      expect(badYear.status).toBe(400);
      expect(badYear.body.error.details[0].path).toBe("year");
      const badNotices = await call(t, "GET", "/api/v1/calendar/notices?year=abc", { session: leader });
      expect(badNotices.status).toBe(400);
      expect(badNotices.body.error.details[0].path).toBe("year");
      const badUnit = await call(t, "GET", "/api/v1/calendar/units/not-a-uuid/weekend", { session: leader });
      expect(badUnit.status).toBe(400);
      expect(badUnit.body.error.details[0].path).toBe("param.unitId");
      const unknown = await call(
        t,
        "GET",
        "/api/v1/calendar/units/00000000-0000-7000-8000-000000000000/weekend",
        {
          session: leader,
        },
      );
      expect(unknown.status).toBe(404);
    });
  });

  describe("unit weekends", () => {
    const from = "from=2026-03-05&amount=3&basis=working_days";

    it("answers 404 to an admin of another branch and to a leader", async () => {
      const other = await buildStaff(t.db, { unitId: ids.sibling, roles: ["admin"] });
      const outsider = await signIn(t, other.username);
      const body = { weekend: [7], effectiveFrom: "2026-01-01" };
      const res = await call(t, "PUT", `/api/v1/calendar/units/${ids.province}/weekend`, {
        session: outsider,
        body,
      });
      expect(res.status).toBe(404);
      const byLeader = await call(t, "PUT", `/api/v1/calendar/units/${ids.province}/weekend`, {
        session: leader,
        body,
      });
      expect(byLeader.status).toBe(404);
      const bad = await call(t, "PUT", `/api/v1/calendar/units/${ids.province}/weekend`, {
        session: admin,
        body: { weekend: [8], effectiveFrom: "2026-01-01" },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("weekend.0");
      expect(await deadline(`${from}&unitId=${ids.province}`)).toBe("2026-03-10");
    });

    it("makes Saturday a working day for the unit and its children only", async () => {
      const res = await call(t, "PUT", `/api/v1/calendar/units/${ids.province}/weekend`, {
        session: admin,
        body: { weekend: [7], effectiveFrom: "2026-01-01" },
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ unitId: ids.province, weekend: [7], effectiveFrom: "2026-01-01" });

      expect(await deadline(`${from}&unitId=${ids.province}`)).toBe("2026-03-09");
      expect(await deadline(`${from}&unitId=${ids.commune}`)).toBe("2026-03-09");
      expect(await deadline(`${from}&unitId=${ids.sibling}`)).toBe("2026-03-10");
      expect(await deadline(`${from}&unitId=${ids.root}`)).toBe("2026-03-10");
      expect(await deadline(from)).toBe("2026-03-10");

      const year = await call(t, "GET", `/api/public/v1/calendar/holidays?year=2026&unitId=${ids.commune}`);
      expect(year.body.weekend).toEqual([7]);
      const nationalYear = await call(t, "GET", "/api/public/v1/calendar/holidays?year=2026");
      expect(year.body.workingDays - nationalYear.body.workingDays).toBeGreaterThan(40);
    });

    it("lets a child unit return to the national weekend", async () => {
      const res = await call(t, "PUT", `/api/v1/calendar/units/${ids.commune}/weekend`, {
        session: admin,
        body: { weekend: [6, 7], effectiveFrom: "2026-01-01" },
      });
      expect(res.status).toBe(200);
      expect(await deadline(`${from}&unitId=${ids.commune}`)).toBe("2026-03-10");
      expect(await deadline(`${from}&unitId=${ids.province}`)).toBe("2026-03-09");
    });

    it("lists the weekly rest days a unit has and inherits, with the ones in force today", async () => {
      const path = `/api/v1/calendar/units/${ids.commune}/weekend`;
      expect((await call(t, "GET", path)).status).toBe(401);
      const bad = await call(t, "GET", "/api/v1/calendar/units/not-a-uuid/weekend", { session: leader });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe("param.unitId");
      const unknown = await call(
        t,
        "GET",
        "/api/v1/calendar/units/00000000-0000-4000-8000-000000000000/weekend",
        {
          session: leader,
        },
      );
      expect(unknown.status).toBe(404);

      const res = await call(t, "GET", path, { session: leader });
      expect(res.status).toBe(200);
      expect(res.body.inForce).toEqual([6, 7]);
      expect(
        res.body.items.map((i: { unitId: string; weekend: number[]; isInherited: boolean }) => [
          i.unitId,
          i.weekend,
          i.isInherited,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [ids.commune, [6, 7], false],
          [ids.province, [7], true],
        ]),
      );
      const sibling = await call(t, "GET", `/api/v1/calendar/units/${ids.sibling}/weekend`, {
        session: leader,
      });
      expect(sibling.body).toMatchObject({ inForce: [6, 7], items: [] });
    });

    it("keeps working for a Saturday-working unit when a notice adds a make-up Saturday", async () => {
      const res = await call(t, "POST", "/api/v1/calendar/notices", {
        session: admin,
        body: { ...notice2027, reference: "TB-2" },
      });
      expect(res.status).toBe(201);
      const national = await call(
        t,
        "GET",
        "/api/public/v1/calendar/deadline?from=2027-04-22&amount=5&basis=working_days",
      );
      expect(national.body.due).toBe("2027-04-28");
      const province = await call(
        t,
        "GET",
        `/api/public/v1/calendar/deadline?from=2027-04-22&amount=5&basis=working_days&unitId=${ids.province}`,
      );
      expect(province.status).toBe(200);
      // Saturday-working unit: 23, 24, 26, 27, 28 with the 29th off by the notice.
      expect(province.body.due).toBe("2027-04-28");
      const earlier = await call(t, "GET", `/api/public/v1/calendar/deadline?${from}&unitId=${ids.province}`);
      expect(earlier.status).toBe(200);
      expect(earlier.body.due).toBe("2026-03-09");
      const year = await call(t, "GET", `/api/v1/calendar/year?year=2027&unitId=${ids.province}`, {
        session: admin,
      });
      expect(year.status).toBe(200);
      const byDate = new Map<string, Day>(year.body.days.map((d: Day) => [d.date, d]));
      expect(byDate.get("2027-04-29")?.kind).toBe("extra_day_off");
      expect(byDate.has("2027-04-24")).toBe(false);
    });

    it("keeps the audit chain intact", async () => {
      const result = await verifyAuditChain(t.db);
      expect(result.ok).toBe(true);
      expect(result.checked).toBeGreaterThanOrEqual(5);
    });
  });
});
