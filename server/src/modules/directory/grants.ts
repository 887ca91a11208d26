import type { GrantInput } from "@danvan/common";
import { and, eq, ne } from "drizzle-orm";
import { roleGrants } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { conflict, invalid, notFound, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canManageStaff } from "./directory.policy";
import { getStaffOrThrow, getUnitOrThrow, isUniqueViolation } from "./internal";
import { presentStaff } from "./staff.presenter";

/** Grants a role on a unit; an admin can only grant inside their own scope (no escalation). */
export async function grantRole(ctx: Ctx, staffId: string, input: GrantInput) {
  const actor = requireActor(ctx);
  try {
    return await withTransaction(ctx, async (tx) => {
      const { s, unitPath } = await getStaffOrThrow(tx, staffId);
      if (!canManageStaff(actor, unitPath)) {
        throw notFound("staff");
      }
      const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
        throw invalid("unitId", "notFound");
      });
      if (!canManageStaff(actor, unit.path)) {
        throw invalid("unitId", "forbidden");
      }
      const row = { id: newId(), staffId, role: input.role, unitId: unit.id };
      await tx.insert(roleGrants).values(row);
      await recordAudit(tx, ctx, {
        action: "directory.grant-role",
        entityType: "staff",
        entityId: staffId,
        unitId: s.unitId,
        after: row,
      });
      const [presented] = await presentStaff(tx, actor, [s]);
      return presented!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict("duplicateGrant", [{ path: "role", message: "duplicateGrant" }]);
    }
    throw err;
  }
}

/** Removes a grant; the last admin grant of the system cannot be removed. */
export async function revokeGrant(ctx: Ctx, staffId: string, grantId: string) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { s, unitPath } = await getStaffOrThrow(tx, staffId);
    if (!canManageStaff(actor, unitPath)) {
      throw notFound("staff");
    }
    const [grant] = await tx
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.staffId, staffId)));
    if (!grant) {
      throw notFound("grant");
    }
    const grantUnit = await getUnitOrThrow(tx, grant.unitId);
    if (!canManageStaff(actor, grantUnit.path)) {
      throw notFound("grant");
    }
    if (grant.role === "admin") {
      const [other] = await tx
        .select({ id: roleGrants.id })
        .from(roleGrants)
        .where(and(eq(roleGrants.role, "admin"), ne(roleGrants.id, grantId)))
        .limit(1);
      if (!other) {
        throw precondition("lastAdminGrant");
      }
    }
    await tx.delete(roleGrants).where(eq(roleGrants.id, grantId));
    await recordAudit(tx, ctx, {
      action: "directory.revoke-grant",
      entityType: "staff",
      entityId: staffId,
      unitId: s.unitId,
      before: grant,
    });
    const [presented] = await presentStaff(tx, actor, [s]);
    return presented!;
  });
}
