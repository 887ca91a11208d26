import { describe, expect, it } from "vitest";
import { computeResult, requiredVotes } from "./consultations-results";

const half = { numerator: 1, denominator: 2, strict: true };
const twoThirds = { numerator: 2, denominator: 3, strict: false };
const rule = { ruleCode: "r", sourceRef: "Đ.21", verified: true };

describe("requiredVotes", () => {
  it("needs more than half of all households, not half", () => {
    expect(requiredVotes(100, half)).toBe(51);
    expect(requiredVotes(101, half)).toBe(51);
    expect(requiredVotes(7, half)).toBe(4);
  });
  it("needs at least two thirds, rounding up", () => {
    expect(requiredVotes(90, twoThirds)).toBe(60);
    expect(requiredVotes(100, twoThirds)).toBe(67);
    expect(requiredVotes(10, twoThirds)).toBe(7);
  });
});

describe("computeResult", () => {
  const base = { source: "votes" as const, invalid: 0, final: false };
  it("fails when a majority of those present is not a majority of all households", () => {
    const r = computeResult({
      ...base,
      totalVoters: 100,
      participated: 60,
      options: [
        { optionId: "a", label: "A", votes: 45 },
        { optionId: "b", label: "B", votes: 15 },
      ],
      threshold: { ...half, ...rule },
    });
    expect(r.leadingOptionId).toBe("a");
    expect(r.thresholdMet).toBe(false);
    expect(r.absent).toBe(40);
    expect(r.threshold?.required).toBe(51);
  });
  it("passes at exactly two thirds and not one vote below", () => {
    const opts = (v: number) => [{ optionId: "a", label: "A", votes: v }];
    const at = computeResult({
      ...base,
      totalVoters: 90,
      participated: 60,
      options: opts(60),
      threshold: { ...twoThirds, ...rule },
    });
    const below = computeResult({
      ...base,
      totalVoters: 90,
      participated: 59,
      options: opts(59),
      threshold: { ...twoThirds, ...rule },
    });
    expect(at.thresholdMet).toBe(true);
    expect(below.thresholdMet).toBe(false);
  });
  it("a tie has no leading option and meets no threshold; an opinion poll has none", () => {
    const tie = computeResult({
      ...base,
      totalVoters: 4,
      participated: 4,
      options: [
        { optionId: "a", label: "A", votes: 2 },
        { optionId: "b", label: "B", votes: 2 },
      ],
      threshold: { ...half, ...rule },
    });
    expect(tie.leadingOptionId).toBeNull();
    expect(tie.thresholdMet).toBe(false);
    const poll = computeResult({ ...base, totalVoters: 4, participated: 1, options: [], threshold: null });
    expect(poll.thresholdMet).toBeNull();
    expect(poll.participationPercent).toBe(25);
  });
});
