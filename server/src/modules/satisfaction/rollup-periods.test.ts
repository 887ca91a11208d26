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

/** How many times each day counts: a month row stands for all its days, a day row for itself. */
function countsOf(parts: ReturnType<typeof rollupParts>, days: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of parts) {
    for (const d of days) {
      const period = p.grain === "month" ? monthStart(d) : d;
      if ((p.gte === null || period >= p.gte) && (p.lt === null || period < p.lt)) {
        counts.set(d, (counts.get(d) ?? 0) + p.sign);
      }
    }
  }
  return counts;
}

describe("rollupParts", () => {
  const days = allDays();
  const day = fc.integer({ min: 0, max: days.length - 1 }).map((i) => days[i]!);

  it("covers every day of [from, to] exactly once, whole months from monthly rows", () => {
    expect(rollupParts("2026-03-01", "2026-05-31")).toEqual([
      { grain: "month", gte: "2026-03-01", lt: "2026-06-01", sign: 1 },
    ]);
    expect(rollupParts("2026-03-15", "2026-03-20")).toEqual([
      { grain: "day", gte: "2026-03-15", lt: "2026-03-21", sign: 1 },
    ]);
    expect(rollupParts()).toEqual([{ grain: "month", gte: null, lt: null, sign: 1 }]);
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), (from, to) => {
        const counts = countsOf(rollupParts(from, to), days);
        for (const d of days) {
          expect(counts.get(d) ?? 0).toBe((!from || d >= from) && (!to || d <= to) ? 1 : 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads a mostly covered edge month as the month less the days outside the range", () => {
    expect(rollupParts("2025-12-03", "2026-12-02")).toEqual([
      { grain: "month", gte: "2025-12-01", lt: "2026-12-01", sign: 1 },
      { grain: "day", gte: "2025-12-01", lt: "2025-12-03", sign: -1 },
      { grain: "day", gte: "2026-12-01", lt: "2026-12-03", sign: 1 },
    ]);
    expect(rollupParts("2026-03-02", "2026-03-30")).toEqual([
      { grain: "month", gte: "2026-03-01", lt: "2026-04-01", sign: 1 },
      { grain: "day", gte: "2026-03-01", lt: "2026-03-02", sign: -1 },
      { grain: "day", gte: "2026-03-31", lt: "2026-04-01", sign: -1 },
    ]);
    expect(countsOf(rollupParts("2026-05-03", "2026-03-30"), allDays()).size).toBe(0);
  });

  it("crosses year ends and leap days", () => {
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
    expect(rollupParts("2026-12-31", "2027-01-01")).toEqual([
      { grain: "day", gte: "2026-12-31", lt: "2027-01-01", sign: 1 },
      { grain: "day", gte: "2027-01-01", lt: "2027-01-02", sign: 1 },
    ]);
    expect(rollupParts("2026-11-30", "2027-02-01")).toEqual([
      { grain: "month", gte: "2026-12-01", lt: "2027-02-01", sign: 1 },
      { grain: "day", gte: "2026-11-30", lt: "2026-12-01", sign: 1 },
      { grain: "day", gte: "2027-02-01", lt: "2027-02-02", sign: 1 },
    ]);
  });
});
