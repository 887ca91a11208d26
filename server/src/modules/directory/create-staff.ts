import type { CreateStaffInput } from "@danvan/common";
import { roleGrants, staff } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { hashPassword } from "../../platform/passwords";
import { canAnywhere } from "../../platform/scope";
import { canManageStaff } from "./directory.policy";
import { getUnitOrThrow, isUniqueViolation } from "./internal";
import { checkPlacement } from "./placement";
import { presentStaff } from "./staff.presenter";

/** Creates a staff account in a unit the actor administers, with grants only inside the actor's own scope. */
export async function createStaff(ctx: Ctx, input: CreateStaffInput) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "directory.staff.manage"));
  const passwordHash = await hashPassword(input.password);
  try {
    return await withTransaction(ctx, async (tx) => {
      const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
        throw invalid("unitId", "notFound");
      });
      if (!canManageStaff(actor, unit.path)) {
        throw invalid("unitId", "forbidden");
      }
      await checkPlacement(tx, unit.id, input.agencyId ?? null, input.positionId ?? null);
      for (const [i, g] of input.grants.entries()) {
        const grantUnit = await getUnitOrThrow(tx, g.unitId).catch(() => {
          throw invalid(`grants.${i}.unitId`, "notFound");
        });
        if (!canManageStaff(actor, grantUnit.path)) {
          throw invalid(`grants.${i}.unitId`, "forbidden");
        }
      }
      const id = newId();
      const [row] = await tx
        .insert(staff)
        .values({
          id,
          username: input.username.toLowerCase(),
          fullName: input.fullName,
          email: input.email ?? null,
          phone: input.phone ?? null,
          unitId: unit.id,
          agencyId: input.agencyId ?? null,
          positionId: input.positionId ?? null,
          passwordHash,
          mustChangePassword: true,
        })
        .returning();
      const grants = [...new Map(input.grants.map((g) => [`${g.role}:${g.unitId}`, g])).values()];
      if (grants.length) {
        await tx
          .insert(roleGrants)
          .values(grants.map((g) => ({ id: newId(), staffId: id, role: g.role, unitId: g.unitId })));
      }
      await recordAudit(tx, ctx, {
        action: "directory.create-staff",
        entityType: "staff",
        entityId: id,
        unitId: unit.id,
        after: { ...row, grants },
      });
      const [presented] = await presentStaff(tx, actor, [row!]);
      return presented!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict("duplicateUsername", [{ path: "username", message: "duplicateUsername" }]);
    }
    throw err;
  }
}
