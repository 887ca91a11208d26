import type { UpdateStaffInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { sessions, staff } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { canManageStaff } from "./directory.policy";
import { getStaffOrThrow } from "./internal";
import { checkPlacement } from "./placement";
import { presentStaff } from "./staff.presenter";

/** Edits a staff account; disabling it also ends its sessions. */
export async function updateStaff(ctx: Ctx, id: string, input: UpdateStaffInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { s: before, unitPath } = await getStaffOrThrow(tx, id);
    if (!canManageStaff(actor, unitPath)) {
      throw notFound("staff");
    }
    const agencyId = input.agencyId === undefined ? before.agencyId : input.agencyId;
    const positionId =
      input.positionId === undefined
        ? agencyId === before.agencyId
          ? before.positionId
          : null
        : input.positionId;
    await checkPlacement(tx, before.unitId, agencyId, positionId);
    const [after] = await tx
      .update(staff)
      .set({ ...input, agencyId, positionId })
      .where(eq(staff.id, id))
      .returning();
    if (input.isActive === false) {
      await tx.delete(sessions).where(eq(sessions.staffId, id));
    }
    await recordAudit(tx, ctx, {
      action: "directory.update-staff",
      entityType: "staff",
      entityId: id,
      unitId: before.unitId,
      before,
      after,
    });
    const [presented] = await presentStaff(tx, actor, [after!]);
    return presented!;
  });
}
