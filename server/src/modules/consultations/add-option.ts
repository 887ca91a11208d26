import { CONSULTATION_LIMITS, type OptionInput } from "@danvan/common";
import { count, eq } from "drizzle-orm";
import { consultationOptions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canManageConsultations } from "./consultation.policy";
import { getConsultation } from "./get-consultation";
import { assertFiles, loadConsultation } from "./internal";

/** Adds a choice put to the people (e.g. a candidate site), before voting opens. */
export async function addOption(ctx: Ctx, id: string, input: OptionInput) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    if (c.votingOpen || c.votingClosedAt) {
      throw precondition("consultationOptionsFrozen");
    }
    const [row] = await tx
      .select({ n: count() })
      .from(consultationOptions)
      .where(eq(consultationOptions.consultationId, id));
    const n = Number(row?.n ?? 0);
    if (n >= CONSULTATION_LIMITS.options) {
      throw invalid("label", "tooBig");
    }
    const fileIds = await assertFiles(tx, input.fileIds, "fileIds");
    const [option] = await tx
      .insert(consultationOptions)
      .values({
        id: newId(),
        consultationId: id,
        position: n + 1,
        label: input.label,
        description: input.description,
        fileIds,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "consultations.add-option",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: option,
    });
  });
  return getConsultation(ctx, id);
}
