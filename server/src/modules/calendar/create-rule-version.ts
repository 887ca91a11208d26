import { type CreateRuleVersionInput, RULE_VALUE_SCHEMAS } from "@danvan/common";
import { and, eq, isNull } from "drizzle-orm";
import { ruleVersions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, assertCan, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canAnywhere } from "../../platform/scope";
import { zodDetails } from "../../platform/validation";
import { invalidateRules, presentRule } from "./rules";

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Adds a version of a statutory rule when the law changes. The open-ended version in force closes the
 * day before; any other overlap is refused, so exactly one version applies on any date.
 */
export async function createRuleVersion(ctx: Ctx, input: CreateRuleVersionInput) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "calendar.manage"));
  const parsed = RULE_VALUE_SCHEMAS[input.kind].safeParse(input.value);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "validation", zodDetails(parsed.error.issues, ctx.locale, "value"));
  }
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) {
    throw invalid("effectiveTo", "validToBeforeFrom");
  }
  const created = await withTransaction(ctx, async (tx) => {
    const existing = await tx.select().from(ruleVersions).where(eq(ruleVersions.code, input.code));
    if (existing.some((r) => r.kind !== input.kind)) {
      throw invalid("kind", "invalidValue");
    }
    const open = existing.find((r) => r.effectiveTo === null && r.effectiveFrom < input.effectiveFrom);
    const newTo = input.effectiveTo ?? null;
    const overlaps = existing.some((r) => {
      const rTo = r === open ? dayBefore(input.effectiveFrom) : r.effectiveTo;
      return r.effectiveFrom <= (newTo ?? "9999-12-31") && (rTo ?? "9999-12-31") >= input.effectiveFrom;
    });
    if (overlaps) {
      throw invalid("effectiveFrom", "ruleOverlap");
    }
    if (open) {
      await tx
        .update(ruleVersions)
        .set({ effectiveTo: dayBefore(input.effectiveFrom) })
        .where(and(eq(ruleVersions.id, open.id), isNull(ruleVersions.effectiveTo)));
    }
    const [row] = await tx
      .insert(ruleVersions)
      .values({
        id: newId(),
        ...input,
        value: parsed.data,
        effectiveTo: newTo,
        note: input.note ?? null,
        createdBy: actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "calendar.create-rule-version",
      entityType: "rule",
      entityId: row!.id,
      before: open ?? null,
      after: row,
    });
    return presentRule(row!);
  });
  invalidateRules();
  return created;
}
