import { eq } from "drizzle-orm";
import { consultations } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { castVote } from "./cast-vote";
import { loadPublished } from "./internal";
import { resolveVoter } from "./verify-resident";

/** The verified household representative (or member) votes online; a later vote replaces the earlier. */
export async function publicVote(
  ctx: Ctx,
  id: string,
  token: string | undefined,
  input: { optionId: string; memberId?: string },
) {
  return withTransaction(ctx, async (tx) => {
    await tx
      .select({ id: consultations.id })
      .from(consultations)
      .where(eq(consultations.id, id))
      .for("update");
    const { c } = await loadPublished(tx, id);
    // Luật THDCCS 2022 Đ.17: an online vote only for the self-managed matters of Đ.15 item 6, never for money.
    if (c.matterType === "money") {
      throw precondition("consultationOnlineNotAllowed");
    }
    const voter = await resolveVoter(tx, id, token);
    const { row, ...receipt } = await castVote(tx, c, {
      householdId: voter.householdId,
      memberId: voter.memberId ?? input.memberId,
      optionId: input.optionId,
      channel: "online",
      recordedBy: null,
    });
    await recordAudit(tx, ctx, {
      action: "consultations.vote-online",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: { voteId: row.id, verificationId: voter.verificationId, changes: row.changes },
    });
    return receipt;
  });
}
