import { describe, expect, it } from "vitest";
import { CalendarInputError, CalendarRangeError } from "./errors";
import { generateHolidays, type HolidayOverride } from "./holidays";

function offDays(year: number, options: Parameters<typeof generateHolidays>[1] = {}) {
  return generateHolidays(year, options).days.map((d) => [d.date, d.kind]);
}

describe("generateHolidays", () => {
  it("lists 2026: Tết 16–20/02, Giỗ Tổ on Sunday 26/04 with Monday 27/04 off, 01–02/09", () => {
    expect(offDays(2026)).toEqual([
      ["2026-01-01", "holiday"],
      ["2026-02-16", "holiday"],
      ["2026-02-17", "holiday"],
      ["2026-02-18", "holiday"],
      ["2026-02-19", "holiday"],
      ["2026-02-20", "holiday"],
      ["2026-04-26", "holiday"],
      ["2026-04-27", "compensatory"],
      ["2026-04-30", "holiday"],
      ["2026-05-01", "holiday"],
      ["2026-09-01", "holiday"],
      ["2026-09-02", "holiday"],
    ]);
  });

  it("names days in Vietnamese and English", () => {
    const days = generateHolidays(2026).days;
    expect(days.find((d) => d.date === "2026-04-27")).toEqual({
      date: "2026-04-27",
      name: "Nghỉ bù Giỗ Tổ Hùng Vương",
      nameEn: "Compensatory day off for Hung Kings' Commemoration Day",
      kind: "compensatory",
    });
    expect(days.find((d) => d.date === "2026-09-02")?.name).toBe("Quốc khánh");
  });

  it("gives compensatory days after a Tết block that covers a weekend (default split, 2024)", () => {
    const tet = offDays(2024).filter(([date]) => (date ?? "") >= "2024-02-01" && (date ?? "") < "2024-03-01");
    expect(tet).toEqual([
      ["2024-02-09", "holiday"],
      ["2024-02-10", "holiday"],
      ["2024-02-11", "holiday"],
      ["2024-02-12", "holiday"],
      ["2024-02-13", "holiday"],
      ["2024-02-14", "compensatory"],
      ["2024-02-15", "compensatory"],
    ]);
  });

  it("uses the Prime Minister's Tết days when given (29 Chạp to mùng 5 in 2024)", () => {
    const tetDays = ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"];
    const days = offDays(2024, { tetDays }).filter(([date]) => (date ?? "").startsWith("2024-02"));
    expect(days).toEqual(tetDays.map((date) => [date, "holiday"]));
  });

  it("has only 02/09 before 2021 and one adjacent day from 2021 (Labour Code 45/2019 Art. 112)", () => {
    const sept = (year: number, options = {}) =>
      offDays(year, options).filter(([date]) => (date ?? "").slice(5, 7) === "09");
    expect(sept(2020)).toEqual([["2020-09-02", "holiday"]]);
    expect(sept(2021)).toEqual([
      ["2021-09-01", "holiday"],
      ["2021-09-02", "holiday"],
    ]);
    expect(sept(2026, { nationalDayAdjacent: "after" })).toEqual([
      ["2026-09-02", "holiday"],
      ["2026-09-03", "holiday"],
    ]);
    expect(() => generateHolidays(2020, { nationalDayAdjacent: "before" })).toThrow(
      expect.objectContaining({ path: "nationalDayAdjacent" }),
    );
  });

  it("follows a custom weekend: with Sunday only, a Saturday holiday gives no compensatory day", () => {
    // 2028-09-02 is a Saturday, 2028-09-01 a Friday.
    expect(offDays(2028).filter(([d]) => (d ?? "").startsWith("2028-09"))).toEqual([
      ["2028-09-01", "holiday"],
      ["2028-09-02", "holiday"],
      ["2028-09-04", "compensatory"],
    ]);
    expect(offDays(2028, { weekend: [7] }).filter(([d]) => (d ?? "").startsWith("2028-09"))).toEqual([
      ["2028-09-01", "holiday"],
      ["2028-09-02", "holiday"],
    ]);
  });

  it("merges two holidays on one date into one entry (Giỗ Tổ on 30/04/1947)", () => {
    const day = generateHolidays(1947).days.filter((d) => d.date === "1947-04-30");
    expect(day).toEqual([
      {
        date: "1947-04-30",
        name: "Giỗ Tổ Hùng Vương; Ngày Chiến thắng",
        nameEn: "Hung Kings' Commemoration Day; Reunification Day",
        kind: "holiday",
      },
    ]);
  });

  it("applies a notice: an extra day off and a make-up working Saturday (hypothetical notice)", () => {
    const overrides: HolidayOverride[] = [
      { date: "2026-01-02", kind: "extra_day_off", name: "Nghỉ hoán đổi" },
      { date: "2026-01-10", kind: "working_day", name: "Làm bù cho ngày 02/01", nameEn: "Make-up for 02/01" },
    ];
    const days = generateHolidays(2026, { overrides }).days.filter((d) => d.date.startsWith("2026-01"));
    expect(days).toEqual([
      { date: "2026-01-01", name: "Tết Dương lịch", nameEn: "New Year's Day", kind: "holiday" },
      { date: "2026-01-02", name: "Nghỉ hoán đổi", nameEn: "Extra day off", kind: "extra_day_off" },
      { date: "2026-01-10", name: "Làm bù cho ngày 02/01", nameEn: "Make-up for 02/01", kind: "working_day" },
    ]);
  });

  it.each<[string, HolidayOverride[], string, string]>([
    [
      "the same date both off and working",
      [
        { date: "2026-01-02", kind: "extra_day_off", name: "Nghỉ" },
        { date: "2026-01-02", kind: "working_day", name: "Làm" },
      ],
      "overrides[1].date",
      "already listed in overrides[0]",
    ],
    [
      "a working day on a statutory holiday",
      [{ date: "2026-04-30", kind: "working_day", name: "Làm" }],
      "overrides[0].date",
      "cannot be a working day: it is Reunification Day",
    ],
    [
      "a working day on a compensatory day",
      [{ date: "2026-04-27", kind: "working_day", name: "Làm" }],
      "overrides[0].date",
      "cannot be a working day",
    ],
    [
      "a working day on an ordinary weekday",
      [{ date: "2026-03-04", kind: "working_day", name: "Làm" }],
      "overrides[0].date",
      "already a working day",
    ],
    [
      "an extra day off on a Sunday",
      [{ date: "2026-03-08", kind: "extra_day_off", name: "Nghỉ" }],
      "overrides[0].date",
      "already a weekly rest day",
    ],
    [
      "an extra day off on a holiday",
      [{ date: "2026-05-01", kind: "extra_day_off", name: "Nghỉ" }],
      "overrides[0].date",
      "already a day off",
    ],
    [
      "a date in another year",
      [{ date: "2027-01-02", kind: "extra_day_off", name: "N" }],
      "overrides[0].date",
      "not in",
    ],
    [
      "an invalid date",
      [{ date: "2026-02-30", kind: "extra_day_off", name: "N" }],
      "overrides[0].date",
      "valid",
    ],
    [
      "an unknown kind",
      [{ date: "2026-01-02", kind: "holiday" as "working_day", name: "N" }],
      "overrides[0].kind",
      "must be",
    ],
    [
      "an empty name",
      [{ date: "2026-01-02", kind: "extra_day_off", name: " " }],
      "overrides[0].name",
      "must be",
    ],
  ])("rejects %s", (_label, overrides, path, message) => {
    const run = () => generateHolidays(2026, { overrides });
    expect(run).toThrow(CalendarInputError);
    expect(run).toThrow(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it("rejects bad Tết choices and years outside 1900..2100", () => {
    expect(() => generateHolidays(2026, { tetDays: ["2026-02-16"] })).toThrow(
      expect.objectContaining({ path: "tetDays" }),
    );
    const far = ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-03-20"];
    expect(() => generateHolidays(2026, { tetDays: far })).toThrow(
      expect.objectContaining({ path: "tetDays[4]" }),
    );
    expect(() => generateHolidays(2101)).toThrow(CalendarRangeError);
    expect(() => generateHolidays(2026, { weekend: [0] })).toThrow(
      expect.objectContaining({ path: "weekend[0]" }),
    );
  });
});
