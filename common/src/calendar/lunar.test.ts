import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIsoDate, MAX_DAY, MIN_DAY } from "./day-number";
import { CalendarInputError, CalendarRangeError } from "./errors";
import { leapMonthOf, lunarDateOfDay, lunarToSolar, solarToLunar } from "./lunar";

// Tết (lunar 1/1) in Vietnam. 1968, 1985 and 2007 differ from China's calendar because Vietnam
// computes at UTC+7: 1968 (North) 29/01 vs 30/01, 1985 21/01 vs 20/02, 2007 17/02 vs 18/02.
const TET: ReadonlyArray<[number, string]> = [
  [1900, "1900-01-31"],
  [1945, "1945-02-13"],
  [1968, "1968-01-29"],
  [1985, "1985-01-21"],
  [2000, "2000-02-05"],
  [2007, "2007-02-17"],
  [2024, "2024-02-10"],
  [2025, "2025-01-29"],
  [2026, "2026-02-17"],
  [2027, "2027-02-06"],
  [2028, "2028-01-26"],
  [2050, "2050-01-23"],
  [2100, "2100-02-09"],
];

const GIO_TO: ReadonlyArray<[number, string]> = [
  [2024, "2024-04-18"],
  [2025, "2025-04-07"],
  [2026, "2026-04-26"],
  [2027, "2027-04-16"],
  [2028, "2028-04-04"],
];

describe("lunar calendar", () => {
  it.each(TET)("Tết %i is %s", (year, date) => {
    expect(lunarToSolar({ day: 1, month: 1, year })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each(GIO_TO)("Giỗ Tổ (10/3 lunar) %i is %s", (year, date) => {
    expect(lunarToSolar({ day: 10, month: 3, year })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 10, month: 3, year, leap: false });
  });

  it("puts New Year's Eve of 1984 on 20/01/1985: Vietnam's year Giáp Tý had no leap month", () => {
    expect(solarToLunar("1985-01-20")).toEqual({ day: 30, month: 12, year: 1984, leap: false });
    expect(leapMonthOf(1984)).toBeNull();
    expect(leapMonthOf(1985)).toBe(2);
  });

  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2033, 11],
    [2026, null],
  ])("lunar year %i has leap month %s", (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it("converts days inside a leap month", () => {
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe("2025-07-25");
    expect(solarToLunar("2025-07-25")).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(solarToLunar("2025-07-24")).toEqual({ day: 30, month: 6, year: 2025, leap: false });
  });

  it("knows 2026 has no 30th of the twelfth month (Tết eve is the 29th)", () => {
    expect(solarToLunar("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2025 })).toThrow(
      expect.objectContaining({ path: "day", code: "CALENDAR_INPUT" }),
    );
  });

  it("covers both ends of 1900-01-01..2100-12-31", () => {
    expect(solarToLunar("1900-01-01")).toEqual({ day: 1, month: 12, year: 1899, leap: false });
    expect(solarToLunar("2100-12-31")).toEqual({ day: 1, month: 12, year: 2100, leap: false });
  });

  it("rejects dates outside the range with a CalendarRangeError naming the field", () => {
    const before = () => solarToLunar("1899-12-31");
    expect(before).toThrow(CalendarRangeError);
    expect(before).toThrow(expect.objectContaining({ field: "date", code: "CALENDAR_RANGE" }));
    expect(() => solarToLunar("2101-01-01")).toThrow(CalendarRangeError);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2101 })).toThrow(
      expect.objectContaining({ field: "year", code: "CALENDAR_RANGE" }),
    );
    expect(() => lunarToSolar({ day: 1, month: 11, year: 1899 })).toThrow(CalendarRangeError);
  });

  it.each([
    ["2026-02-30", "date"],
    ["2026-2-3", "date"],
    ["03/02/2026", "date"],
    ["", "date"],
  ])("rejects the solar date %j", (date, path) => {
    expect(() => solarToLunar(date)).toThrow(CalendarInputError);
    expect(() => solarToLunar(date)).toThrow(expect.objectContaining({ path }));
  });

  it.each([
    [{ day: 0, month: 1, year: 2026 }, "day"],
    [{ day: 31, month: 1, year: 2026 }, "day"],
    [{ day: 1, month: 13, year: 2026 }, "month"],
    [{ day: 1.5, month: 1, year: 2026 }, "day"],
    [{ day: 1, month: 3, year: 2026, leap: true }, "leap"],
  ])("rejects the lunar date %j", (input, path) => {
    expect(() => lunarToSolar(input)).toThrow(expect.objectContaining({ path, code: "CALENDAR_INPUT" }));
  });

  it("round-trips every day of the supported range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (dn) => {
        const date = formatIsoDate(dn);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 5000 },
    );
  });

  it("advances one lunar day per solar day, with months of 29 or 30 days (exhaustive)", () => {
    let previous = lunarDateOfDay(MIN_DAY);
    for (let dn = MIN_DAY + 1; dn <= MAX_DAY; dn++) {
      const current = lunarDateOfDay(dn);
      const isValid =
        current.day === 1 ? previous.day === 29 || previous.day === 30 : current.day === previous.day + 1;
      if (!isValid) {
        expect.fail(`lunar day sequence breaks on ${formatIsoDate(dn)}`);
      }
      previous = current;
    }
  });
});
