import type { SatisfactionRuleSet } from "@danvan/common";
import { desc, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingRuleSets } from "../../db/schema";

/**
 * Shipped until an admin records a version. None of these numbers is fixed by a text we could read
 * (domain-rules §6.3, §7: the level-to-score mapping, the 766 group max of 18 points, the edit window),
 * so they stay unverified and the UI says so.
 */
export const DEFAULT_RULE_SET: SatisfactionRuleSet = {
  id: null,
  effectiveFrom: "2022-06-23",
  editWindowHours: 24,
  tokenValidDays: 30,
  lowScoreMax: 2,
  levelScores: { very_satisfied: 100, satisfied: 80, dissatisfied: 0 },
  group766Max: 18,
  sourceRef: "QĐ 766/QĐ-TTg ngày 23/06/2022 (nhóm 5: mức độ hài lòng); TT 01/2018/TT-VPCP Đ.12–14",
  verified: false,
};

/** The rule set in force on a day (Asia/Ho_Chi_Minh date), the newest version not after it. */
export async function ruleSetFor(db: Db, onDate: string): Promise<SatisfactionRuleSet> {
  const [row] = await db
    .select()
    .from(ratingRuleSets)
    .where(lte(ratingRuleSets.effectiveFrom, onDate))
    .orderBy(desc(ratingRuleSets.effectiveFrom), desc(ratingRuleSets.createdAt))
    .limit(1);
  if (!row) {
    return DEFAULT_RULE_SET;
  }
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    editWindowHours: row.editWindowHours,
    tokenValidDays: row.tokenValidDays,
    lowScoreMax: row.lowScoreMax,
    levelScores: row.levelScores as SatisfactionRuleSet["levelScores"],
    group766Max: row.group766Max,
    sourceRef: row.sourceRef,
    verified: row.verified,
  };
}
