import {
  type ConsultationResult,
  computeResult,
  MATTER_THRESHOLD_RULE,
  type MatterType,
  RULE_VALUE_SCHEMAS,
} from "@danvan/common";
import { and, count, eq, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  consultationOptions,
  consultationTallies,
  consultationVotes,
  householdMembers,
  households,
} from "../../db/schema";
import { ruleInForce } from "../calendar/rules";
import { todayVn } from "../tasks/internal";
import { type ConsultationRow, inAreas } from "./internal";
import { communeWide } from "./village-result";

/** The day whose law applies: the start of the decision phase, else today. */
export function decisionDate(c: ConsultationRow): string {
  return c.phases.find((p) => p.phase === "decision")?.startDate ?? todayVn();
}

/** Everyone who may vote: households, or members of voting age when voting per person. */
export async function totalVoters(db: Db, c: ConsultationRow): Promise<number> {
  if (c.voteBasis === "person") {
    const adultBy = Number(decisionDate(c).slice(0, 4)) - 18;
    const [row] = await db
      .select({ n: count() })
      .from(householdMembers)
      .innerJoin(households, eq(households.id, householdMembers.householdId))
      .where(
        and(
          eq(households.isActive, true),
          inAreas(c.id),
          or(isNull(householdMembers.birthYear), lte(householdMembers.birthYear, adultBy)),
        ),
      );
    return Number(row?.n ?? 0);
  }
  const [row] = await db
    .select({ n: count() })
    .from(households)
    .where(and(eq(households.isActive, true), inAreas(c.id)));
  return Number(row?.n ?? 0);
}

async function thresholdOf(db: Db, c: ConsultationRow) {
  const code = MATTER_THRESHOLD_RULE[c.matterType as MatterType];
  if (!code) {
    return null;
  }
  const rule = await ruleInForce(db, code, decisionDate(c));
  const value = RULE_VALUE_SCHEMAS.threshold.parse(rule.value);
  return { ...value, ruleCode: code, sourceRef: rule.sourceRef, verified: rule.verified };
}

/** Results over ALL voters concerned; once voting closed, the figures frozen in the record. */
export async function consultationResult(db: Db, c: ConsultationRow): Promise<ConsultationResult> {
  if (c.result) {
    return c.result as ConsultationResult;
  }
  return liveResult(db, c, false);
}

export async function liveResult(db: Db, c: ConsultationRow, final: boolean): Promise<ConsultationResult> {
  const options = await db
    .select()
    .from(consultationOptions)
    .where(eq(consultationOptions.consultationId, c.id))
    .orderBy(consultationOptions.position);
  const total = await totalVoters(db, c);
  const threshold = await thresholdOf(db, c);
  const [tally] = await db
    .select()
    .from(consultationTallies)
    .where(eq(consultationTallies.consultationId, c.id));
  if (tally) {
    const fromTally = computeResult({
      source: "tally",
      totalVoters: total,
      participated: tally.ballotsCast,
      invalid: tally.invalidBallots,
      options: options.map((o) => ({ optionId: o.id, label: o.label, votes: tally.counts[o.id] ?? 0 })),
      threshold,
      final,
    });
    return communeWide(db, c, fromTally, decisionDate(c), tally.villageCounts ?? null);
  }
  const counted = await db
    .select({ optionId: consultationVotes.optionId, n: count() })
    .from(consultationVotes)
    .innerJoin(households, eq(households.id, consultationVotes.householdId))
    .where(and(eq(consultationVotes.consultationId, c.id), eq(households.isActive, true), inAreas(c.id)))
    .groupBy(consultationVotes.optionId);
  const byOption = new Map(counted.map((r) => [r.optionId, Number(r.n)]));
  const participated = [...byOption.values()].reduce((a, b) => a + b, 0);
  const fromVotes = computeResult({
    source: participated > 0 ? "votes" : "none",
    totalVoters: total,
    participated,
    invalid: 0,
    options: options.map((o) => ({ optionId: o.id, label: o.label, votes: byOption.get(o.id) ?? 0 })),
    threshold,
    final,
  });
  return communeWide(db, c, fromVotes, decisionDate(c));
}

export async function hasVotes(db: Db, consultationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: consultationVotes.id })
    .from(consultationVotes)
    .where(eq(consultationVotes.consultationId, consultationId))
    .limit(1);
  return !!row;
}
