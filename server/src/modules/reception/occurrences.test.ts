import { buildWorkingCalendar } from "@danvan/common/calendar";
import { describe, expect, it } from "vitest";
import { occurrencesOf, wholePeriods } from "./occurrences";

const cal = buildWorkingCalendar({ fromYear: 2026, toYear: 2028, weekend: [6, 7] });
const range = (from: string, to: string, validFrom = "2020-01-01", validTo: string | null = null) => ({
  from,
  to,
  validFrom,
  validTo,
});

describe("reception days of a recurrence", () => {
  it("moves a day off to the next or previous working day, or skips it", () => {
    const r = (shift: "next_working_day" | "previous_working_day" | "skip") =>
      occurrencesOf({ type: "monthly", days: [15], shift }, cal, range("2027-05-01", "2027-05-31"));
    expect(r("next_working_day")).toEqual([{ date: "2027-05-17", shiftedFrom: "2027-05-15" }]);
    expect(r("previous_working_day")).toEqual([{ date: "2027-05-14", shiftedFrom: "2027-05-15" }]);
    expect(r("skip")).toEqual([]);
  });

  it("uses the month's last day for day 31 and keeps a day shifted into the range", () => {
    const days = occurrencesOf(
      { type: "monthly", days: [31], shift: "next_working_day" },
      cal,
      range("2027-05-01", "2027-06-30"),
    );
    // April's "31" is 30/04, a holiday followed by days off: it lands on 04/05. June has 30 days.
    expect(days).toContainEqual({ date: "2027-05-04", shiftedFrom: "2027-04-30" });
    expect(days.map((d) => d.date)).toEqual(["2027-05-04", "2027-05-31", "2027-06-30"]);
  });

  it("gives weekly days within the schedule's validity and never twice the same day", () => {
    const days = occurrencesOf(
      { type: "weekly", weekdays: [2, 4], shift: "skip" },
      cal,
      range("2027-06-01", "2027-06-30", "2027-06-10", "2027-06-20"),
    );
    expect(days.map((d) => d.date)).toEqual(["2027-06-10", "2027-06-15", "2027-06-17"]);
    const twice = occurrencesOf(
      { type: "monthly", days: [1, 2, 3], shift: "next_working_day" },
      cal,
      range("2027-05-01", "2027-05-31"),
    );
    // 01/05–03/05 are Labour Day, a Sunday and the compensatory day: all land on 04/05 once.
    expect(twice.map((d) => d.date)).toEqual(["2027-05-04"]);
  });

  it("lists whole months and ISO weeks inside a range", () => {
    expect(wholePeriods("month", "2027-05-02", "2027-07-31").map((p) => p.key)).toEqual([
      "2027-06",
      "2027-07",
    ]);
    expect(wholePeriods("week", "2027-05-01", "2027-05-20").map((p) => p.key)).toEqual([
      "2027-05-03",
      "2027-05-10",
    ]);
  });
});
