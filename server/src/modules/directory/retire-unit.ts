import type { RetireUnitInput } from "@danvan/common";
import { eq, inArray } from "drizzle-orm";
import { unitSuccessions, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { invalid, notFound, precondition } from "../../platform/errors";
import { canManageUnit } from "./directory.policy";
import { getUnitOrThrow, invalidateUnits } from "./internal";
import { presentUnit } from "./unit.presenter";

/**
 * Ends a unit's validity (abolition or merger, e.g. the 1 July 2025 reorganisation) and links its
 * successors; the unit and its history stay, and reports roll its figures up to the successors.
 */
export async function retireUnit(ctx: Ctx, id: string, input: RetireUnitInput) {
  const actor = requireActor(ctx);
  const result = await withTransaction(ctx, async (tx) => {
    const before = await getUnitOrThrow(tx, id);
    if (!canManageUnit(actor, before.path)) {
      throw notFound("unit");
    }
    if (before.validTo !== null) {
      throw precondition("unitRetired");
    }
    if (input.validTo < before.validFrom) {
      throw invalid("validTo", "validToBeforeFrom");
    }
    const successorIds = [...new Set(input.successorIds)];
    if (successorIds.includes(id)) {
      throw invalid("successorIds", "successorInvalid");
    }
    const successors = successorIds.length
      ? await tx.select().from(units).where(inArray(units.id, successorIds))
      : [];
    const bad =
      successors.length !== successorIds.length ||
      successors.some((s) => s.validTo !== null && s.validTo <= input.validTo);
    if (bad || successors.some((s) => !canManageUnit(actor, s.path) && !canManageUnit(actor, before.path))) {
      throw invalid("successorIds", "successorInvalid");
    }
    const [after] = await tx
      .update(units)
      .set({ validTo: input.validTo })
      .where(eq(units.id, id))
      .returning();
    if (successorIds.length) {
      await tx
        .insert(unitSuccessions)
        .values(successorIds.map((toUnitId) => ({ fromUnitId: id, toUnitId, effectiveDate: input.validTo })));
    }
    await recordAudit(tx, ctx, {
      action: "directory.retire-unit",
      entityType: "unit",
      entityId: id,
      unitId: id,
      before,
      after: { ...after, successorIds },
      reason: input.reason,
    });
    return presentUnit(
      actor,
      after!,
      successors.map((s) => ({ id: s.id, code: s.code, name: s.name })),
    );
  });
  invalidateUnits();
  return result;
}
