import { describe, expect, it } from "vitest";
import { villageApprovalBounds } from "./village-bounds";

// Three villages of 3 households, each approving at ≥ 2/3 of all its households (2 of 3).
const three = [
  { total: 3, required: 2 },
  { total: 3, required: 2 },
  { total: 3, required: 2 },
];

describe("villages that can have approved a single commune-wide count", () => {
  it("bounds the approving villages over every split of the ballots", () => {
    expect(villageApprovalBounds(three, 0)).toEqual({ min: 0, max: 0 });
    expect(villageApprovalBounds(three, 3)).toEqual({ min: 0, max: 1 });
    // 4 ballots: 2+2+0 approves two villages, 1+1+2 only one; never none (3 × 1 soaks up only 3)
    expect(villageApprovalBounds(three, 4)).toEqual({ min: 1, max: 2 });
    expect(villageApprovalBounds(three, 6)).toEqual({ min: 2, max: 3 });
    expect(villageApprovalBounds(three, 9)).toEqual({ min: 3, max: 3 });
  });

  it("weighs villages of different sizes", () => {
    const uneven = [
      { total: 30, required: 20 },
      { total: 3, required: 2 },
      { total: 3, required: 2 },
    ];
    // 20 ballots may be 19 + 1 + 1 (none approves) or 16 + 2 + 2 (the two small ones approve)
    expect(villageApprovalBounds(uneven, 20)).toEqual({ min: 0, max: 2 });
    // 22 ballots: 19 + 2 + 1 still leaves one approving at least; never the big one and both small
    expect(villageApprovalBounds(uneven, 22)).toEqual({ min: 1, max: 2 });
    // 36 is every household: all three approve whatever the split
    expect(villageApprovalBounds(uneven, 36)).toEqual({ min: 3, max: 3 });
  });
});
