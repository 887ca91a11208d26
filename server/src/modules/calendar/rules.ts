import { RULE_VALUE_SCHEMAS, type RuleKind, type RuleVersion } from "@danvan/common";
import { and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { referenceCache } from "../../db/reference-cache";
import { ruleVersions } from "../../db/schema";
import { invalid, notFound } from "../../platform/errors";

export type RuleRow = typeof ruleVersions.$inferSelect;

export function presentRule(row: RuleRow): RuleVersion {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as RuleKind,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    value: row.value as Record<string, unknown>,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    sourceRef: row.sourceRef,
    verified: row.verified,
    note: row.note,
  };
}

const inForce = referenceCache<RuleRow | null>();

/** Drops remembered rule versions once a version is added (after its commit). */
export function invalidateRules() {
  inForce.invalidate();
}

/** The version of a rule in force on a date: the law at the time of the event applies. */
export async function ruleInForce(db: Db, code: string, onDate: string): Promise<RuleRow> {
  const row = await inForce.get(db, `${code}|${onDate}`, async () => {
    const [found] = await db
      .select()
      .from(ruleVersions)
      .where(
        and(
          eq(ruleVersions.code, code),
          lte(ruleVersions.effectiveFrom, onDate),
          or(isNull(ruleVersions.effectiveTo), gte(ruleVersions.effectiveTo, onDate)),
        ),
      )
      .limit(1);
    return found ?? null;
  });
  if (!row) {
    throw notFound("rule");
  }
  return row;
}

/** Looks a rule up by version id or by code (then the version in force on `onDate`). */
export async function resolveRule(db: Db, ref: string, onDate: string, path = "ruleId"): Promise<RuleRow> {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref)) {
    const [row] = await db.select().from(ruleVersions).where(eq(ruleVersions.id, ref));
    if (!row) {
      throw invalid(path, "notFound");
    }
    return row;
  }
  return ruleInForce(db, ref, onDate).catch(() => {
    throw invalid(path, "notFound");
  });
}

export function deadlineValue(row: RuleRow, path = "ruleId") {
  if (row.kind !== "deadline") {
    throw invalid(path, "invalidValue");
  }
  return RULE_VALUE_SCHEMAS.deadline.parse(row.value);
}

export async function listRules(db: Db, code?: string) {
  const rows = await db
    .select()
    .from(ruleVersions)
    .where(code ? eq(ruleVersions.code, code) : undefined)
    .orderBy(asc(ruleVersions.code), asc(ruleVersions.effectiveFrom));
  return rows.map(presentRule);
}
