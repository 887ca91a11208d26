import type { UpdateUnitInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound, precondition } from "../../platform/errors";
import { canManageUnit } from "./directory.policy";
import { getUnitOrThrow, invalidateUnits } from "./internal";
import { presentUnit } from "./unit.presenter";

/** Renames a unit or changes its remote-area flag; a retired unit is history and stays as it was. */
export async function updateUnit(ctx: Ctx, id: string, input: UpdateUnitInput) {
  const actor = requireActor(ctx);
  const result = await withTransaction(ctx, async (tx) => {
    const before = await getUnitOrThrow(tx, id);
    if (!canManageUnit(actor, before.path)) {
      throw notFound("unit");
    }
    if (before.validTo !== null) {
      throw precondition("unitRetired");
    }
    const [after] = await tx
      .update(units)
      .set({ name: input.name ?? before.name, isRemote: input.isRemote ?? before.isRemote })
      .where(eq(units.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "directory.update-unit",
      entityType: "unit",
      entityId: id,
      unitId: id,
      before,
      after,
      reason: input.reason,
    });
    return presentUnit(actor, after!);
  });
  invalidateUnits();
  return result;
}
