import type { Procedure, UpdateProcedureInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { procedures } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { can } from "../../platform/scope";
import { checkStepAgencies } from "./catalogue-checks";
import { getProcedure, todayVn } from "./internal";
import { presentProcedures } from "./procedure.presenter";

/**
 * Replaces a procedure's content (its unit and code stay). Dossiers already filed keep the processing
 * time and steps they were filed under; retiring a procedure is setting `effectiveTo`.
 */
export async function updateProcedure(ctx: Ctx, id: string, input: UpdateProcedureInput): Promise<Procedure> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await getProcedure(tx, id);
    if (!found || !can(actor, "onestop.catalogue.manage", found.unitPath)) {
      throw notFound("procedure");
    }
    await checkStepAgencies(tx, found.unitPath, input.steps);
    const [row] = await tx
      .update(procedures)
      .set({
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
        updatedAt: new Date(),
      })
      .where(eq(procedures.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "onestop.update-procedure",
      entityType: "procedure",
      entityId: id,
      unitId: found.p.unitId,
      before: found.p,
      after: row,
    });
    const [out] = await presentProcedures(tx, [{ p: row!, unitName: found.unitName }], todayVn());
    return out!;
  });
}
