import { RULE_VALUE_SCHEMAS } from "@danvan/common";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ruleVersions } from "../../db/schema";
import { DEFAULT_RULES } from "../../db/seed/rules";
import { newId } from "../../platform/ids";
import { invalidateRules } from "./rules";

/** Installs the shipped rule versions for codes that have none yet; admins' later versions are kept. */
export async function ensureDefaultRules(db: Db): Promise<number> {
  const present = new Set(
    (await db.select({ code: ruleVersions.code }).from(ruleVersions).groupBy(ruleVersions.code)).map(
      (r) => r.code,
    ),
  );
  const missing = DEFAULT_RULES.filter((r) => !present.has(r.code));
  if (missing.length === 0) {
    return 0;
  }
  await db.insert(ruleVersions).values(
    missing.map((r) => ({
      id: newId(),
      ...r,
      value: RULE_VALUE_SCHEMAS[r.kind].parse(r.value),
      effectiveTo: r.effectiveTo ?? null,
      note: r.note ?? null,
      createdAt: sql`now()`,
    })),
  );
  invalidateRules();
  return missing.length;
}
