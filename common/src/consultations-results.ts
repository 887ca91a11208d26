import { z } from "zod";

export type Threshold = { numerator: number; denominator: number; strict: boolean };

/**
 * Votes an option needs out of ALL households (or voters) concerned, not of those present
 * (Luật THDCCS 2022 Đ.21): "> n/d" is the first whole count above the fraction, "≥ n/d" the ceiling.
 */
export function requiredVotes(total: number, t: Threshold): number {
  const exact = (total * t.numerator) / t.denominator;
  if (t.strict) {
    return Math.floor(exact) + 1;
  }
  return Math.ceil(exact);
}

export const OptionResult = z.object({
  optionId: z.string(),
  label: z.string(),
  votes: z.number().int(),
  /** Share of all voters concerned, in percent with one decimal. */
  percentOfAll: z.number(),
});
export type OptionResult = z.infer<typeof OptionResult>;

/**
 * A village (thôn, tổ dân phố) of a commune-wide money matter: it approves an option when that option
 * reaches the village threshold over ALL the village's households (Luật THDCCS 2022 Đ.21).
 */
export const VillageResult = z.object({
  /** Absent in records frozen before it was kept. */
  unitId: z.string().optional(),
  unitName: z.string(),
  hamlet: z.string(),
  total: z.number().int(),
  /** Null when the ballots were counted at one meeting for the whole commune, not village by village. */
  participated: z.number().int().nullable(),
  required: z.number().int(),
  approvedOptionId: z.string().nullable(),
  /** The village meeting's own count, when the ballots were counted village by village. */
  tally: z
    .object({
      ballotsCast: z.number().int(),
      invalidBallots: z.number().int(),
      counts: z.record(z.string(), z.number().int()),
    })
    .optional(),
});
export type VillageResult = z.infer<typeof VillageResult>;

export const ConsultationResult = z.object({
  source: z.enum(["votes", "tally", "none"]),
  totalVoters: z.number().int(),
  participated: z.number().int(),
  absent: z.number().int(),
  invalid: z.number().int(),
  participationPercent: z.number(),
  options: z.array(OptionResult),
  leadingOptionId: z.string().nullable(),
  threshold: z
    .object({
      ruleCode: z.string(),
      numerator: z.number().int(),
      denominator: z.number().int(),
      strict: z.boolean(),
      sourceRef: z.string(),
      verified: z.boolean(),
      required: z.number().int(),
      /** "villages": commune-wide money matter, `required` counts villages that approve (Đ.21). */
      base: z.enum(["households", "villages"]).optional(),
    })
    .nullable(),
  thresholdMet: z.boolean().nullable(),
  final: z.boolean(),
  /** Per village, only for a commune-wide money matter; absent elsewhere and in records frozen before. */
  villages: z.array(VillageResult).optional(),
  /**
   * How a commune-wide money matter was counted: by village (online ballots, or a count per village) or
   * at a single meeting, where only bounds on the approving villages are known (`villageApprovalBounds`).
   */
  villageCounting: z
    .object({
      mode: z.enum(["per_village", "single"]),
      /** For a single count: fewest and most villages the leading option can have carried. */
      minApproving: z.number().int().nullable(),
      maxApproving: z.number().int().nullable(),
    })
    .optional(),
});
export type ConsultationResult = z.infer<typeof ConsultationResult>;

export { villageApprovalBounds } from "./village-bounds";

const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 10);

/** Tallies the options; the leading option passes only if it alone reaches the required count. */
export function computeResult(input: {
  source: "votes" | "tally" | "none";
  totalVoters: number;
  participated: number;
  invalid: number;
  options: { optionId: string; label: string; votes: number }[];
  threshold: (Threshold & { ruleCode: string; sourceRef: string; verified: boolean }) | null;
  final: boolean;
}): ConsultationResult {
  const { totalVoters } = input;
  const options = input.options.map((o) => ({ ...o, percentOfAll: pct(o.votes, totalVoters) }));
  const sorted = [...options].sort((a, b) => b.votes - a.votes);
  const top = sorted[0];
  const isTie = !!top && sorted.length > 1 && sorted[1]!.votes === top.votes;
  const leadingOptionId = top && top.votes > 0 && !isTie ? top.optionId : null;
  const required = input.threshold ? requiredVotes(totalVoters, input.threshold) : null;
  return {
    source: input.source,
    totalVoters,
    participated: input.participated,
    absent: Math.max(0, totalVoters - input.participated),
    invalid: input.invalid,
    participationPercent: pct(input.participated, totalVoters),
    options,
    leadingOptionId,
    threshold:
      input.threshold && required !== null
        ? {
            ruleCode: input.threshold.ruleCode,
            numerator: input.threshold.numerator,
            denominator: input.threshold.denominator,
            strict: input.threshold.strict,
            sourceRef: input.threshold.sourceRef,
            verified: input.threshold.verified,
            required,
          }
        : null,
    thresholdMet:
      required === null ? null : totalVoters > 0 && !!leadingOptionId && (top?.votes ?? 0) >= required,
    final: input.final,
  };
}
