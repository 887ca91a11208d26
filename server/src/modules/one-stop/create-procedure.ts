import type { CreateProcedureInput, Procedure } from "@danvan/common";
import { procedures } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { can, canAnywhere } from "../../platform/scope";
import { getUnitOrThrow } from "../directory";
import { isUniqueViolation } from "../directory/internal";
import { checkStepAgencies } from "./catalogue-checks";
import { todayVn } from "./internal";
import { presentProcedures } from "./procedure.presenter";

/** Adds a procedure to a unit's catalogue; the code is unique within the unit. */
export async function createProcedure(ctx: Ctx, input: CreateProcedureInput): Promise<Procedure> {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "onestop.catalogue.manage"));
  try {
    return await withTransaction(ctx, async (tx) => {
      const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
        throw invalid("unitId", "notFound");
      });
      if (!can(actor, "onestop.catalogue.manage", unit.path)) {
        throw invalid("unitId", "onestopUnitOutOfScope");
      }
      if (unit.validTo !== null) {
        throw invalid("unitId", "unitRetired");
      }
      await checkStepAgencies(tx, unit.path, input.steps);
      const [row] = await tx
        .insert(procedures)
        .values({
          id: newId(),
          unitId: unit.id,
          code: input.code,
          name: input.name,
          field: input.field,
          level: input.level,
          processingDays: input.processingDays,
          fees: input.fees,
          documents: input.documents,
          onlineLevel: input.onlineLevel,
          steps: input.steps,
          resultDocument: input.resultDocument,
          legalBasis: input.legalBasis ?? null,
          isPublished: input.isPublished,
          isPostedAtCounter: input.isPostedAtCounter,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: input.effectiveTo ?? null,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: "onestop.create-procedure",
        entityType: "procedure",
        entityId: row!.id,
        unitId: unit.id,
        after: row,
      });
      const [out] = await presentProcedures(tx, [{ p: row!, unitName: unit.name }], todayVn());
      return out!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict("duplicateCode", [{ path: "code", message: "duplicateCode" }]);
    }
    throw err;
  }
}
