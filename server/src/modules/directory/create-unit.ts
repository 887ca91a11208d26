import type { CreateUnitInput } from "@danvan/common";
import { units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canCreateRootUnit, canManageUnit } from "./directory.policy";
import { getUnitOrThrow, isUniqueViolation } from "./internal";
import { presentUnit } from "./unit.presenter";

/** Creates a unit under a parent the actor administers (or a root unit for a root admin). */
export async function createUnit(ctx: Ctx, input: CreateUnitInput) {
  const actor = requireActor(ctx);
  try {
    return await withTransaction(ctx, async (tx) => {
      const id = newId();
      let path = `/${id}/`;
      let depth = 0;
      if (input.parentId) {
        const parent = await getUnitOrThrow(tx, input.parentId).catch(() => {
          throw invalid("parentId", "notFound");
        });
        if (!canManageUnit(actor, parent.path)) {
          throw notFound("unit");
        }
        if (parent.validTo !== null) {
          throw invalid("parentId", "unitRetired");
        }
        if (input.validFrom < parent.validFrom) {
          throw invalid("validFrom", "validToBeforeFrom");
        }
        path = `${parent.path}${id}/`;
        depth = parent.depth + 1;
      } else {
        assertCan(canCreateRootUnit(actor));
      }
      const [row] = await tx
        .insert(units)
        .values({
          id,
          code: input.code,
          name: input.name,
          type: input.type,
          parentId: input.parentId,
          path,
          depth,
          isRemote: input.isRemote,
          validFrom: input.validFrom,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: "directory.create-unit",
        entityType: "unit",
        entityId: id,
        unitId: id,
        after: row,
      });
      return presentUnit(actor, row!);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict("duplicateCode", [{ path: "code", message: "duplicateCode" }]);
    }
    throw err;
  }
}
