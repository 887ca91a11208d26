import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthStart, nextDay, rollupParts } from "./rollup-periods";

const FIRST = "2025-10-01";
const LAST = "2027-03-31";

function allDays(): string[] {
  const days: string[] = [];
  for (let d = FIRST; d <= LAST; d = nextDay(d)) {
    days.push(d);
  }
  return days;
}

/** The days a part reads: a month row stands for all its days, a day row for itself. */
function daysOf(parts: ReturnType<typeof rollupParts>, days: string[]): string[] {
  return parts.flatMap((p) =>
    days.filter((d) => {
      const period = p.grain === "month" ? monthStart(d) : d;
      return (p.gte === null || period >= p.gte) && (p.lt === null || period < p.lt);
    }),
  );
}

describe("rollupParts", () => {
  const days = allDays();
  const day = fc.integer({ min: 0, max: days.length - 1 }).map((i) => days[i]!);

  it("covers every day of [from, to] exactly once, whole months from monthly rows", () => {
    expect(rollupParts("2026-03-01", "2026-05-31")).toEqual([
      { grain: "month", gte: "2026-03-01", lt: "2026-06-01" },
    ]);
    expect(rollupParts("2026-03-15", "2026-03-20")).toEqual([
      { grain: "day", gte: "2026-03-15", lt: "2026-03-21" },
    ]);
    expect(rollupParts()).toEqual([{ grain: "month", gte: null, lt: null }]);
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), (from, to) => {
        const want = days.filter((d) => (!from || d >= from) && (!to || d <= to));
        expect(daysOf(rollupParts(from, to), days).sort()).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });

  it("crosses year ends and leap days", () => {
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(rollupParts("2026-12-31", "2027-01-01")).toEqual([
      { grain: "day", gte: "2026-12-31", lt: "2027-01-02" },
    ]);
    expect(rollupParts("2026-11-30", "2027-02-01")).toEqual([
      { grain: "month", gte: "2026-12-01", lt: "2027-02-01" },
      { grain: "day", gte: "2026-11-30", lt: "2026-12-01" },
      { grain: "day", gte: "2027-02-01", lt: "2027-02-02" },
    ]);
  });
});
