import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { units } from "../../../src/db/schema";
import { ensureDefaultRules } from "../../../src/modules/calendar/ensure-default-rules";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

const PUBLIC = "/api/public/v1/calendar";

describe(`public calendar and rule versions on ${DB_KIND}`, () => {
  let t: TestApp;
  let session: Session;
  let remoteUnitId: string;
  let plainUnitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await ensureDefaultRules(t.db);
    const root = await buildUnit(t.db);
    const remote = await buildUnit(t.db, { parentId: root.id, name: "Xã vùng cao" });
    await t.db.update(units).set({ isRemote: true }).where(eq(units.id, remote.id));
    remoteUnitId = remote.id;
    plainUnitId = (await buildUnit(t.db, { parentId: root.id })).id;
    const handler = await buildStaff(t.db, { unitId: root.id, roles: ["handler"] });
    session = await signIn(t, handler.username);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("lunar dates", () => {
    it("maps Tết 2026 and Tết 1985 to lunar 1/1", async () => {
      const tet2026 = await call(t, "GET", `${PUBLIC}/lunar?date=2026-02-17`);
      expect(tet2026.status).toBe(200);
      expect(tet2026.body).toEqual({
        date: "2026-02-17",
        lunar: { day: 1, month: 1, year: 2026, leap: false },
      });
      const tet1985 = await call(t, "GET", `${PUBLIC}/lunar?date=1985-01-21`);
      expect(tet1985.body.lunar).toEqual({ day: 1, month: 1, year: 1985, leap: false });
      const eve = await call(t, "GET", `${PUBLIC}/lunar?date=2026-02-16`);
      expect(eve.body.lunar.year).toBe(2025);
      expect(eve.body.lunar.month).toBe(12);
    });

    it("answers 400 naming the field for a malformed, impossible or out-of-range date", async () => {
      const malformed = await call(t, "GET", `${PUBLIC}/lunar?date=17-02-2026`);
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe("VALIDATION");
      expect(malformed.body.error.details[0].path).toBe("date");
      const impossible = await call(t, "GET", `${PUBLIC}/lunar?date=2026-02-30`);
      expect(impossible.status).toBe(400);
      expect(impossible.body.error.details[0].path).toBe("date");
      const far = await call(t, "GET", `${PUBLIC}/lunar?date=2200-01-01`);
      expect(far.status).toBe(400);
      expect(far.body.error.details[0].path).toBe("date");
    });
  });

  describe("holidays", () => {
    it("lists 2026 with Giỗ Tổ on Sunday 26/04 and its compensatory Monday 27/04", async () => {
      const res = await call(t, "GET", `${PUBLIC}/holidays?year=2026`);
      expect(res.status).toBe(200);
      expect(res.body.year).toBe(2026);
      expect(res.body.weekend).toEqual([6, 7]);
      const byDate = new Map<string, { kind: string; name: string }>(
        res.body.days.map((d: { date: string; kind: string; name: string }) => [d.date, d]),
      );
      expect(byDate.get("2026-04-26")?.kind).toBe("holiday");
      expect(byDate.get("2026-04-26")?.name).toMatch(/Hùng Vương/);
      expect(byDate.get("2026-04-27")?.kind).toBe("compensatory");
      expect(
        ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"].map(
          (d) => byDate.get(d)?.kind,
        ),
      ).toEqual(["holiday", "holiday", "holiday", "holiday", "holiday"]);
      expect(byDate.has("2026-04-28")).toBe(false);
    });

    it("names days in English when asked", async () => {
      const res = await call(t, "GET", `${PUBLIC}/holidays?year=2026`, {
        headers: { "accept-language": "en" },
      });
      const day = res.body.days.find((d: { date: string }) => d.date === "2026-04-26");
      expect(day.name).toBe("Hung Kings' Commemoration Day");
    });

    it("refuses a year outside 1900..2100", async () => {
      const res = await call(t, "GET", `${PUBLIC}/holidays?year=2200`);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].path).toBe("year");
    });
  });

  describe("deadlines", () => {
    it("counts 10 working days from 10/02/2026 to 03/03/2026, skipping Tết 16–20/02", async () => {
      const res = await call(t, "GET", `${PUBLIC}/deadline?from=2026-02-10&amount=10&basis=working_days`);
      expect(res.status).toBe(200);
      expect(res.body.due).toBe("2026-03-03");
      expect(res.body.paused).toBe(false);
      expect(res.body.rule).toBeNull();
      expect(res.body.explanations.en).toContain("10 working days");
      const skipped = res.body.steps.find((s: { code: string }) => s.code === "non_working_skipped");
      expect(skipped.text).toContain("Tết Âm lịch 16/02/2026–20/02/2026");
      expect(skipped.text).toContain("6 ngày nghỉ hằng tuần");
    });

    it("applies the rule version in force on the event date", async () => {
      const before = await call(t, "GET", `${PUBLIC}/deadline?from=2026-06-30&ruleId=complaint.first.accept`);
      expect(before.status).toBe(200);
      expect(before.body.due).toBe("2026-07-10");
      expect(before.body.rule).toMatchObject({
        code: "complaint.first.accept",
        sourceRef: "Luật KN 2011 Đ.27",
        verified: true,
      });
      expect(before.body.explanations.vi).toContain(": 10 ngày kể từ ngày 30/06/2026");

      const after = await call(t, "GET", `${PUBLIC}/deadline?from=2026-07-01&ruleId=complaint.first.accept`);
      expect(after.status).toBe(200);
      expect(after.body.due).toBe("2026-07-10");
      expect(after.body.rule).toMatchObject({
        sourceRef: "NĐ 155/2026 sửa NĐ 124/2020 Đ.16 k.1",
        verified: false,
      });
      expect(after.body.explanations.vi).toContain(": 7 ngày làm việc kể từ ngày 01/07/2026");
      expect(after.body.rule.id).not.toBe(before.body.rule.id);
    });

    it("uses the complex and remote variants of complaint.first.resolve (30 → 45 → 60 days)", async () => {
      const base = { from: "2026-03-12", ruleId: "complaint.first.resolve" };
      const plain = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { ...base, unitId: plainUnitId },
      });
      expect(plain.status).toBe(200);
      expect(plain.body.due).toBe("2026-04-13");
      const remote = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { ...base, unitId: remoteUnitId },
      });
      expect(remote.body.due).toBe("2026-04-28");
      const both = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { ...base, unitId: remoteUnitId, complex: true, justification: "Nhiều hộ, nhiều thửa đất" },
      });
      expect(both.status).toBe(200);
      expect(both.body.due).toBe("2026-05-11");
      expect(both.body.explanation).toContain("60 ngày");
      const complexNoReason = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { ...base, unitId: plainUnitId, complex: true },
      });
      expect(complexNoReason.status).toBe(400);
      expect(complexNoReason.body.error.details[0].path).toBe("variant.justification");
    });

    it("answers 400 with the offending path for bad input", async () => {
      const cases: [string, string][] = [
        ["from=2026-02-31&amount=5&basis=working_days", "from"],
        ["from=10/02/2026&amount=5&basis=working_days", "from"],
        ["from=2026-02-10&amount=-1&basis=working_days", "amount"],
        ["from=2026-02-10&amount=5", "basis"],
        ["from=2026-02-10&ruleId=no.such.rule", "ruleId"],
        ["from=2026-02-10&ruleId=tasks.extension_max", "ruleId"],
        ["from=2026-02-10&amount=5&basis=working_days&unitId=00000000-0000-4000-8000-000000000000", "unitId"],
      ];
      for (const [query, path] of cases) {
        const res = await call(t, "GET", `${PUBLIC}/deadline?${query}`);
        expect({ query, status: res.status, path: res.body.error?.details?.[0]?.path }).toEqual({
          query,
          status: 400,
          path,
        });
      }
    });

    it("answers 400 for a start date beyond the supported range", async () => {
      const res = await call(t, "GET", `${PUBLIC}/deadline?from=2200-01-01&amount=5&basis=working_days`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION");
      expect(res.body.error.details[0].path).toBe("from");
    });
  });

  describe("staff deadlines with pauses and extensions", () => {
    it("requires a session", async () => {
      const res = await call(t, "POST", "/api/v1/calendar/deadline", {
        body: { from: "2026-03-02", amount: 1, basis: "working_days" },
      });
      expect(res.status).toBe(401);
    });

    it("skips paused working days", async () => {
      const res = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: {
          from: "2026-03-02",
          amount: 10,
          basis: "working_days",
          pauses: [{ from: "2026-03-05", to: "2026-03-09", reason: "Chờ giám định" }],
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.due).toBe("2026-03-19");
      expect(res.body.explanation).toContain("05/03/2026–09/03/2026");
    });

    it("counts an open pause up to today and marks the result provisional", async () => {
      const res = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: {
          from: "2026-03-02",
          amount: 10,
          basis: "working_days",
          pauses: [{ from: "2026-03-05" }],
          today: "2026-03-09",
        },
      });
      expect(res.status).toBe(200);
      expect(res.body.paused).toBe(true);
      expect(res.body.due).toBe("2026-03-19");
      expect(res.body.timeLeft).toBeNull();
    });

    it("allows denunciation.resolve two 30-day extensions and refuses a third", async () => {
      const extensions = [
        { amount: 30, reason: "Vụ việc phức tạp" },
        { amount: 30, reason: "Đặc biệt phức tạp" },
      ];
      const ok = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { from: "2026-03-02", ruleId: "denunciation.resolve", extensions },
      });
      expect(ok.status).toBe(200);
      expect(ok.body.due).toBe("2026-06-03");
      expect(ok.body.rule.code).toBe("denunciation.resolve");
      const third = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: {
          from: "2026-03-02",
          ruleId: "denunciation.resolve",
          extensions: [...extensions, { amount: 30, reason: "Lần ba" }],
        },
      });
      expect(third.status).toBe(400);
      expect(third.body.error.details[0].path).toBe("extensions");
    });

    it("reports the time left against today", async () => {
      const res = await call(t, "POST", "/api/v1/calendar/deadline", {
        session,
        body: { from: "2026-02-10", amount: 10, basis: "working_days", today: "2026-02-27" },
      });
      expect(res.body.due).toBe("2026-03-03");
      expect(res.body.timeLeft).toEqual({ calendarDays: 4, workingDays: 2, overdue: false });
    });
  });
});
