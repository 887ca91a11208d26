import { describe, expect, it } from "vitest";
import { IsoDate, isRealIsoDate } from "./dates";

describe("IsoDate", () => {
  it("accepts days that exist, leap days included", () => {
    for (const d of ["2026-01-01", "2024-02-29", "2000-02-29", "2026-12-31"]) {
      expect(IsoDate.safeParse(d).success).toBe(true);
    }
  });

  it("refuses days that do not exist with one issue: date.invalid", () => {
    for (const d of ["2026-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-00-10"]) {
      const r = IsoDate.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["date.invalid"]);
    }
  });

  it("refuses other shapes with one issue: date.format", () => {
    for (const d of ["01/02/2026", "2026-1-2", "20260102", "", "2026-01-01T00:00:00Z"]) {
      const r = IsoDate.safeParse(d);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["date.format"]);
    }
  });

  it("isRealIsoDate agrees with the calendar", () => {
    expect(isRealIsoDate("2028-02-29")).toBe(true);
    expect(isRealIsoDate("2100-02-29")).toBe(false);
  });
});
