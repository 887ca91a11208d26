import { describe, expect, it } from "vitest";
import {
  averagePoints,
  type DossierScoreFacts,
  dossierPoints,
  indicator5,
  indicator8,
  indicator9,
  officialBand,
  periodOf,
  unitBand,
} from "./one-stop-indicators";

const base: DossierScoreFacts = {
  timeliness: "early",
  steps: ["early", "early"],
  contacts: 0,
  channel: "counter",
  onlineLevel: "partial",
  isPublished: true,
  isPostedAtCounter: true,
  conductComplaint: false,
};

describe("TT 01/2018 dossier points", () => {
  it("gives full marks to an early dossier with no supplement, published and posted", () => {
    expect(dossierPoints(base)).toEqual({ "1": 2, "2": 2, "3": 2, "4": 1, "6": 2, "7": 2 });
  });

  it("scores on time, a late step, one and two contacts, and fully online filing", () => {
    expect(dossierPoints({ ...base, timeliness: "on_time", steps: ["early", "on_time"] })).toMatchObject({
      "1": 1,
      "2": 1,
      "7": 1,
    });
    expect(
      dossierPoints({ ...base, timeliness: "late", steps: ["late", "early"], contacts: 1 }),
    ).toMatchObject({
      "1": 0,
      "2": 0,
      "3": 1,
      "7": 1,
    });
    expect(dossierPoints({ ...base, contacts: 2 })["3"]).toBe(0);
    expect(dossierPoints({ ...base, channel: "online", onlineLevel: "full" })["4"]).toBe(2);
    expect(dossierPoints({ ...base, channel: "online", onlineLevel: "partial" })["4"]).toBe(1);
  });

  it("gives 0 for a verified complaint, 1 for one publication channel, null without data", () => {
    expect(dossierPoints({ ...base, conductComplaint: true })["7"]).toBe(0);
    expect(dossierPoints({ ...base, isPostedAtCounter: false })["6"]).toBe(1);
    expect(dossierPoints({ ...base, isPublished: false, isPostedAtCounter: false })["6"]).toBe(0);
    expect(dossierPoints({ ...base, timeliness: null, steps: [null] })).toMatchObject({
      "1": null,
      "2": null,
      "7": null,
    });
  });
});

describe("TT 01/2018 unit indicators and bands", () => {
  it("indicator 5 needs every commune procedure at the counter, a fifth at province level", () => {
    expect(indicator5("commune", 4, 4)).toBe(2);
    expect(indicator5("commune", 3, 4)).toBe(1);
    expect(indicator5("province", 1, 5)).toBe(2);
    expect(indicator5("province", 0, 5)).toBe(1);
    expect(indicator5("commune", 0, 0)).toBeNull();
  });

  it("indicator 9 weighs online procedures, online dossiers and late online dossiers", () => {
    const f = { onlineProcedures: 1, procedures: 4, onlineDossiers: 3, dossiers: 10, lateOnline: 0 };
    expect(indicator9(f)).toBe(2);
    expect(indicator9({ ...f, onlineDossiers: 2 })).toBe(1);
    expect(indicator9({ ...f, onlineDossiers: 1 })).toBe(0);
    expect(indicator9({ ...f, lateOnline: 1 })).toBe(0);
    expect(indicator9({ ...f, onlineProcedures: 0 })).toBe(0);
    expect(indicator9({ ...f, procedures: 0 })).toBeNull();
  });

  it("indicator 8 gives 2 with no procedure feedback or all on time, 1 from 90 %, 0 when any drags out", () => {
    expect(indicator8({ resolved: 0, onTime: 0, prolonged: 0 })).toBe(2);
    expect(indicator8({ resolved: 4, onTime: 4, prolonged: 0 })).toBe(2);
    expect(indicator8({ resolved: 10, onTime: 9, prolonged: 0 })).toBe(1);
    expect(indicator8({ resolved: 10, onTime: 8, prolonged: 0 })).toBe(0);
    expect(indicator8({ resolved: 4, onTime: 4, prolonged: 1 })).toBe(0);
    expect(indicator8({ resolved: 0, onTime: 0, prolonged: 1 })).toBe(0);
  });

  it("averages to one decimal and bands officials and units at the circular's thresholds", () => {
    expect(averagePoints(5, 3)).toBe(1.7);
    expect(averagePoints(0, 0)).toBeNull();
    expect([officialBand(5), officialBand(4.9), officialBand(3.5), officialBand(3.4)]).toEqual([
      "full",
      "partial",
      "partial",
      "low",
    ]);
    expect([unitBand(15), unitBand(12), unitBand(11.9), unitBand(6), unitBand(5.9)]).toEqual([
      "excellent",
      "good",
      "fair",
      "average",
      "weak",
    ]);
    expect([
      periodOf("2026-01-01"),
      periodOf("2026-03-31"),
      periodOf("2026-04-01"),
      periodOf("2026-12-01"),
    ]).toEqual(["2026-Q1", "2026-Q1", "2026-Q2", "2026-Q4"]);
  });
});
