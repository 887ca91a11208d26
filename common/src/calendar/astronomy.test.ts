import { describe, expect, it } from "vitest";
import { newMoonJde, sunApparentLongitude } from "./astronomy";

describe("astronomy (Meeus worked examples)", () => {
  it("finds the new moon of February 1977 (example 49.a: JDE 2443192.65118)", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it("gives the Sun's apparent longitude on 1992-10-13.0 TD (example 25.a: 199.90895°)", () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 4);
  });
});
