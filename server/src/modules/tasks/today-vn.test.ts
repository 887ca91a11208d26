import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { todayVn } from "./internal";

describe("todayVn", () => {
  it("turns the day at 17:00 UTC", () => {
    expect(todayVn(new Date("2026-12-31T16:59:59.999Z"))).toBe("2026-12-31");
    expect(todayVn(new Date("2026-12-31T17:00:00.000Z"))).toBe("2027-01-01");
  });

  it("agrees with the tz database for Asia/Ho_Chi_Minh from 1976 to 2100", () => {
    const tz = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1976-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (d) => {
          expect(todayVn(d)).toBe(tz.format(d));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
