import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { castVote } from "./cast-vote";
import { canManageConsultations } from "./consultation.policy";
import { loadConsultation } from "./internal";

/** An officer records a household's vote (e.g. a ballot handed in at the commune office). */
export async function recordVote(
  ctx: Ctx,
  id: string,
  input: { householdId: string; memberId?: string; optionId: string },
) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    const { row, ...receipt } = await castVote(tx, c, { ...input, channel: "officer", recordedBy: actor.id });
    await recordAudit(tx, ctx, {
      action: "consultations.vote",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: row,
    });
    return receipt;
  });
}
