import {
  type ConsultationResult,
  RULE_VALUE_SCHEMAS,
  requiredVotes,
  type VillageResult,
  villageApprovalBounds,
} from "@danvan/common";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationVotes, households, units, type VillageCount } from "../../db/schema";
import { ruleInForce } from "../calendar/rules";
import type { ConsultationRow } from "./internal";
import { inAreas } from "./internal";

export const COMMUNE_MONEY_RULE = "grassroots.threshold.money_commune";

const villageKey = (unitId: string, hamlet: string) => `${unitId}\u0000${hamlet}`;

/**
 * Luật THDCCS 2022 Đ.21: a money matter applied across the commune passes when ≥ 2/3 of its villages
 * approve it, each village deciding by ≥ 2/3 of ALL its households. A village is a unit and block of the
 * register. Online ballots and a count per village meeting are split by village and decide exactly. A
 * single meeting count for the whole commune cannot be split: it decides only when every possible split
 * of its ballots among the villages gives the same outcome, and is left open otherwise (count by village).
 */
export async function communeWide(
  db: Db,
  c: ConsultationRow,
  result: ConsultationResult,
  decisionDate: string,
  tallyByVillage: VillageCount[] | null = null,
): Promise<ConsultationResult> {
  if (c.matterType !== "money" || c.voteBasis !== "household" || !result.threshold) {
    return result;
  }
  const villages = await db
    .select({ unitId: households.unitId, unitName: units.name, hamlet: households.hamlet, n: count() })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(and(eq(households.isActive, true), inAreas(c.id)))
    .groupBy(households.unitId, units.name, households.hamlet);
  if (villages.length < 2) {
    return result;
  }
  const rule = await ruleInForce(db, COMMUNE_MONEY_RULE, decisionDate);
  const communeRule = RULE_VALUE_SCHEMAS.threshold.parse(rule.value);
  const votes =
    result.source === "votes"
      ? await db
          .select({
            unitId: households.unitId,
            hamlet: households.hamlet,
            optionId: consultationVotes.optionId,
            n: count(),
          })
          .from(consultationVotes)
          .innerJoin(households, eq(households.id, consultationVotes.householdId))
          .where(
            and(eq(consultationVotes.consultationId, c.id), eq(households.isActive, true), inAreas(c.id)),
          )
          .groupBy(households.unitId, households.hamlet, consultationVotes.optionId)
      : [];
  const byVillage = new Map<string, Map<string, number>>();
  for (const v of votes) {
    const key = villageKey(v.unitId, v.hamlet);
    const options = byVillage.get(key) ?? new Map<string, number>();
    options.set(v.optionId, Number(v.n));
    byVillage.set(key, options);
  }
  const tallied = new Map<string, VillageCount>();
  for (const v of tallyByVillage ?? []) {
    byVillage.set(villageKey(v.unitId, v.hamlet), new Map(Object.entries(v.counts)));
    tallied.set(villageKey(v.unitId, v.hamlet), v);
  }
  const single = result.source === "tally" && !tallyByVillage;
  const villageRule = result.threshold;
  const rows: VillageResult[] = villages
    .map((v) => {
      const options = byVillage.get(villageKey(v.unitId, v.hamlet)) ?? new Map<string, number>();
      const count = tallied.get(villageKey(v.unitId, v.hamlet));
      const total = Number(v.n);
      const required = requiredVotes(total, villageRule);
      const approved = [...options.entries()].find(([, n]) => n >= required);
      return {
        unitId: v.unitId,
        unitName: v.unitName,
        hamlet: v.hamlet,
        total,
        // a village meeting's invalid ballots were cast too: they count as taking part
        participated: single
          ? null
          : (count?.ballotsCast ?? [...options.values()].reduce((a, b) => a + b, 0)),
        required,
        approvedOptionId: approved?.[0] ?? null,
        ...(count
          ? {
              tally: {
                ballotsCast: count.ballotsCast,
                invalidBallots: count.invalidBallots,
                counts: count.counts,
              },
            }
          : {}),
      };
    })
    .sort((a, b) => `${a.unitName} ${a.hamlet}`.localeCompare(`${b.unitName} ${b.hamlet}`, "vi"));
  const requiredVillages = requiredVotes(rows.length, communeRule);
  const approvals = new Map<string, number>();
  for (const r of rows) {
    if (r.approvedOptionId) {
      approvals.set(r.approvedOptionId, (approvals.get(r.approvedOptionId) ?? 0) + 1);
    }
  }
  const best = Math.max(0, ...approvals.values());
  const sizes = rows.map((r) => ({ total: r.total, required: r.required }));
  const bounds = result.options.map((o) => ({ o, ...villageApprovalBounds(sizes, o.votes) }));
  const leading = bounds.find((b) => b.o.optionId === result.leadingOptionId) ?? null;
  const singleMet = bounds.some((b) => b.min >= requiredVillages)
    ? true
    : bounds.every((b) => b.max < requiredVillages)
      ? false
      : null;
  return {
    ...result,
    threshold: {
      ruleCode: COMMUNE_MONEY_RULE,
      numerator: communeRule.numerator,
      denominator: communeRule.denominator,
      strict: communeRule.strict,
      sourceRef: rule.sourceRef,
      verified: rule.verified,
      required: requiredVillages,
      base: "villages",
    },
    thresholdMet: single ? singleMet : best >= requiredVillages,
    villages: rows,
    villageCounting: single
      ? { mode: "single", minApproving: leading?.min ?? 0, maxApproving: leading?.max ?? 0 }
      : { mode: "per_village", minApproving: null, maxApproving: null },
  };
}
