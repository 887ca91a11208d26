import { z } from "zod";
import { IsoDate } from "./dates";
import { SatisfactionLevel } from "./satisfaction";

/*
 * The satisfaction index: what the leader's dashboard and the transparency page read (issue #7), per officer,
 * agency, unit, procedure, channel, kind of interaction or month.
 */

export const IndexDimension = z.enum(["officer", "unit", "agency", "procedure", "channel", "kind", "month"]);
export type IndexDimension = z.infer<typeof IndexDimension>;

export const IndexQuery = z.object({
  by: IndexDimension.default("unit"),
  unitId: z.string().uuid().optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type IndexQuery = z.infer<typeof IndexQuery>;

/** One row of an index: counts always travel with the share, never a percentage without its n. */
export const IndexRow = z.object({
  key: z.string().nullable(),
  label: z.string().nullable(),
  n: z.number(),
  verySatisfied: z.number(),
  satisfied: z.number(),
  dissatisfied: z.number(),
  /** (very satisfied + satisfied) / n, 0–1; null when n = 0. */
  satisfiedShare: z.number().nullable(),
  /** Mean of the level scores from the rule set in force (M); null when n = 0. */
  score: z.number().nullable(),
  withComment: z.number(),
  openFollowUps: z.number(),
});
export type IndexRow = z.infer<typeof IndexRow>;

export const SatisfactionRuleSet = z.object({
  id: z.string().nullable(),
  effectiveFrom: z.string(),
  editWindowHours: z.number(),
  tokenValidDays: z.number(),
  lowScoreMax: z.number(),
  levelScores: z.record(SatisfactionLevel, z.number()),
  group766Max: z.number(),
  sourceRef: z.string(),
  verified: z.boolean(),
});
export type SatisfactionRuleSet = z.infer<typeof SatisfactionRuleSet>;

export const IndexResult = z.object({
  by: IndexDimension,
  total: IndexRow,
  rows: z.array(IndexRow),
  rules: SatisfactionRuleSet,
  /** Decision 766 group 5 points (M): satisfiedShare × group max; null when n = 0. */
  group766Points: z.number().nullable(),
});
export type IndexResult = z.infer<typeof IndexResult>;
