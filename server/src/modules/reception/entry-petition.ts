import { PETITION_LIMITS } from "@danvan/common";
import { eq } from "drizzle-orm";
import { receptionEntries } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, precondition } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { getUnitOrThrow } from "../directory";
import { insertPetition } from "../petitions/insert-petition";
import { presentEntries } from "./entry.presenter";
import { identityRow, openIdentity } from "./entry-identity";
import { loadEntry } from "./internal";
import { canManageReception } from "./reception.policy";

/**
 * Registers the matter of a book entry as a petition (channel "reception") through the petitions
 * module's intake, in the same transaction: the deadline from the rule in force on the day of
 * reception, the visitor as petitioner (sealed again for a denunciation), signers = people in the group.
 */
export async function createEntryPetition(ctx: Ctx, id: string, input: { content?: string }) {
  const actor = requireActor(ctx);
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadEntry(tx, actor, id, true);
    if (!canManageReception(actor, loaded.unitPath)) {
      throw forbidden();
    }
    const e = loaded.row;
    if (e.petitionId) {
      throw precondition("receptionAlreadyPetition");
    }
    if (e.outcome !== "accepted" && e.outcome !== "transferred") {
      throw precondition("receptionNotAPetition");
    }
    const unit = await getUnitOrThrow(tx, e.unitId);
    const stored = await identityRow(tx, e.id);
    const who = stored ? openIdentity(secrets, stored) : null;
    const content = input.content ?? (e.request ? `${e.summary}\nYêu cầu: ${e.request}` : e.summary);
    const { row, pin } = await insertPetition(tx, ctx, secrets, {
      unit,
      kind: e.kind,
      channel: "reception",
      receivedDate: e.date,
      summary: e.summary.slice(0, PETITION_LIMITS.summary),
      content,
      signerCount: e.peopleCount,
      petitioner: who
        ? {
            given: {
              fullName: who.fullName,
              personalId: who.personalId,
              address: who.address,
              phone: who.phone,
              email: null,
            },
          }
        : null,
      fileIds: e.attachments,
      action: "petitions.intake",
    });
    const [updated] = await tx
      .update(receptionEntries)
      .set({ petitionId: row.id, updatedAt: new Date() })
      .where(eq(receptionEntries.id, e.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "reception.create-petition",
      entityType: "reception_entry",
      entityId: e.id,
      unitId: e.unitId,
      after: { petitionId: row.id, petitionCode: row.code },
    });
    const [entry] = await presentEntries(tx, actor, ctx.locale, [{ ...loaded, row: updated! }]);
    return { entry: entry!, petition: { id: row.id, code: row.code }, pin: pin! };
  });
}
