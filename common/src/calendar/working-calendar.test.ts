import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatIsoDate } from "./day-number";
import { CalendarInputError, CalendarRangeError } from "./errors";
import { buildWorkingCalendar } from "./working-calendar";

const calendar = buildWorkingCalendar({
  fromYear: 2025,
  toYear: 2027,
  overridesByYear: {
    // A hypothetical notice: Friday 02/01/2026 off, made up on Saturday 10/01/2026.
    2026: [
      { date: "2026-01-02", kind: "extra_day_off", name: "Nghỉ hoán đổi" },
      { date: "2026-01-10", kind: "working_day", name: "Làm bù cho ngày 02/01" },
    ],
  },
});

const FIRST = daysFromCivil(2025, 1, 1);
const LAST = daysFromCivil(2027, 12, 31);
const dayIn2026 = fc
  .integer({ min: daysFromCivil(2026, 1, 1), max: daysFromCivil(2026, 12, 31) })
  .map(formatIsoDate);

describe("buildWorkingCalendar", () => {
  it.each([
    ["2026-02-13", true],
    ["2026-02-14", false],
    ["2026-02-16", false],
    ["2026-02-20", false],
    ["2026-02-23", true],
    ["2026-04-27", false],
    ["2026-09-01", false],
    ["2026-01-02", false],
    ["2026-01-10", true],
    ["2026-01-11", false],
  ])("isWorkingDay(%s) is %s", (date, expected) => {
    expect(calendar.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ["2026-02-10", 10, "2026-03-03", "across Tết 2026 (16–20/02)"],
    ["2026-02-13", 1, "2026-02-23", "from the last working day before Tết"],
    ["2026-04-29", 1, "2026-05-04", "across 30/04–01/05/2026"],
    ["2026-04-24", 1, "2026-04-28", "across Giỗ Tổ on Sunday and its compensatory Monday"],
    ["2026-08-31", 1, "2026-09-03", "across 01/09 (Tue) and 02/09 (Wed) 2026"],
    ["2026-01-09", 1, "2026-01-10", "onto a make-up working Saturday"],
    ["2026-01-01", 2, "2026-01-06", "across New Year and an extra day off"],
    ["2026-02-14", 0, "2026-02-14", "0 days returns the start itself"],
    ["2026-03-03", -10, "2026-02-10", "backwards"],
  ])("addWorkingDays(%s, %i) = %s %s", (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it("counts, steps and adds calendar days", () => {
    expect(calendar.workingDaysBetween("2026-02-10", "2026-03-03")).toBe(10);
    expect(calendar.workingDaysBetween("2026-03-03", "2026-02-10")).toBe(-10);
    expect(calendar.workingDaysBetween("2026-02-14", "2026-02-15")).toBe(0);
    expect(calendar.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(calendar.nextWorkingDay("2026-02-23")).toBe("2026-02-24");
    expect(calendar.addCalendarDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(calendar.addCalendarDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("describes special days and lists them", () => {
    expect(calendar.describeDay("2026-01-10")).toEqual({
      date: "2026-01-10",
      name: "Làm bù cho ngày 02/01",
      nameEn: "Make-up working day",
      kind: "working_day",
    });
    expect(calendar.describeDay("2026-03-04")).toBeUndefined();
    expect(calendar.listDays().filter((d) => d.date.startsWith("2026")).length).toBe(14);
    expect(calendar.range).toEqual({ from: "2025-01-01", to: "2027-12-31" });
  });

  it("reports half days without counting them as working days", () => {
    const shop = buildWorkingCalendar({ fromYear: 2026, toYear: 2028, halfDayWeekdays: [6] });
    expect(shop.isHalfDay("2026-03-07")).toBe(true);
    expect(shop.isWorkingDay("2026-03-07")).toBe(false);
    expect(shop.isHalfDay("2026-03-04")).toBe(false);
    // Saturday 02/09/2028 is National Day: closed.
    expect(shop.isHalfDay("2028-09-02")).toBe(false);
  });

  it("rejects bad options and dates outside the built range", () => {
    expect(() => buildWorkingCalendar({ fromYear: 2027, toYear: 2026 })).toThrow(
      expect.objectContaining({ path: "toYear" }),
    );
    expect(() => buildWorkingCalendar({ fromYear: 1899, toYear: 2026 })).toThrow(CalendarRangeError);
    expect(() =>
      buildWorkingCalendar({
        fromYear: 2026,
        toYear: 2026,
        overridesByYear: { 2026: [{ date: "2026-04-30", kind: "working_day", name: "x" }] },
      }),
    ).toThrow(expect.objectContaining({ path: "overridesByYear.2026[0].date" }));
    expect(() =>
      buildWorkingCalendar({ fromYear: 2026, toYear: 2026, choicesByYear: { 2026: { tetDays: [] } } }),
    ).toThrow(expect.objectContaining({ path: "choicesByYear.2026.tetDays" }));
    expect(() =>
      buildWorkingCalendar({ fromYear: 2026, toYear: 2026, overridesByYear: { 2030: [] } }),
    ).toThrow(expect.objectContaining({ path: "overridesByYear.2030" }));
    expect(() => calendar.isWorkingDay("2024-12-31")).toThrow(
      expect.objectContaining({ field: "date", code: "CALENDAR_RANGE" }),
    );
    expect(() => calendar.addWorkingDays("2027-12-30", 5)).toThrow(CalendarRangeError);
    expect(() => calendar.addWorkingDays("2026-01-05", 1.5)).toThrow(CalendarInputError);
    expect(() => calendar.addWorkingDays("2026-13-01", 1)).toThrow(expect.objectContaining({ path: "from" }));
  });

  it("never lands a working-day deadline on a non-working day (property)", () => {
    fc.assert(
      fc.property(dayIn2026, fc.integer({ min: 1, max: 200 }), (from, n) => {
        expect(calendar.isWorkingDay(calendar.addWorkingDays(from, n))).toBe(true);
      }),
    );
  });

  // For every date d (working or not) and n, m ≥ 0, with n = 0 meaning "d itself":
  // add(add(d, n), m) = add(d, n + m). It also holds for n = 0 on a non-working d.
  it("composes: addWorkingDays(addWorkingDays(d, n), m) = addWorkingDays(d, n + m) for n, m ≥ 0 (property)", () => {
    fc.assert(
      fc.property(dayIn2026, fc.nat(120), fc.nat(120), (d, n, m) => {
        expect(calendar.addWorkingDays(calendar.addWorkingDays(d, n), m)).toBe(
          calendar.addWorkingDays(d, n + m),
        );
      }),
    );
  });

  it("counts back what it added: workingDaysBetween(d, addWorkingDays(d, n)) = n (property)", () => {
    fc.assert(
      fc.property(dayIn2026, fc.nat(200), (d, n) => {
        expect(calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it("inverts on working days: addWorkingDays(addWorkingDays(d, n), -n) = d (property)", () => {
    fc.assert(
      fc.property(dayIn2026, fc.integer({ min: 1, max: 200 }), (from, n) => {
        const d = calendar.nextWorkingDay(from);
        expect(calendar.addWorkingDays(calendar.addWorkingDays(d, n), -n)).toBe(d);
      }),
    );
  });

  it("agrees with a day-by-day count over the whole range (exhaustive, n = 1..15)", () => {
    const days = calendar.days;
    for (let dn = FIRST; dn <= LAST - 40; dn++) {
      let cursor = dn;
      for (let n = 1; n <= 15; n++) {
        cursor += 1;
        while (!days.isWorkingDay(cursor)) {
          cursor += 1;
        }
        if (days.addWorkingDays(dn, n) !== cursor) {
          expect.fail(`addWorkingDays(${formatIsoDate(dn)}, ${n})`);
        }
      }
    }
  });
});
