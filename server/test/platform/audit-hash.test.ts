import { describe, expect, it } from "vitest";
import { hashEvent } from "../../src/platform/audit";

describe("audit event hash", () => {
  // Chains already sealed are verified with this function: its output for a given event must never change.
  it("is the pinned SHA-256 of the canonical form, whatever the key order", () => {
    const event = {
      seq: 42,
      at: new Date("2026-12-03T01:02:03.456Z"),
      actorId: null,
      action: "petitions.public-intake",
      entityType: "petition",
      entityId: "01a2-x",
      unitId: "u-1",
      before: null,
      after: {
        b: [1, null, undefined, 'Nguyễn "Văn" \\ A', { z: true, a: 1.5e-7 }],
        a: { nested: { "k\u00e9y": [] } },
        u: undefined,
        n: -0,
        big: 12345678901234,
        s: "😀\n\t",
      },
      reason: "lý do",
      prevHash: "0".repeat(64),
    };
    const pinned = "dbf5c06fc8feb1d1e970de54ea84142e771ad8ea5fe55c2fcce07b8dafc92c44";
    expect(hashEvent(event)).toBe(pinned);
    const reordered = { ...event, after: Object.fromEntries(Object.entries(event.after).reverse()) };
    expect(hashEvent(reordered)).toBe(pinned);
    expect(hashEvent({ ...event, reason: "lý do." })).not.toBe(pinned);
  });
});
