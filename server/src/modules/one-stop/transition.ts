import type { DossierAbilities, DossierDetail } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossiers } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Actor, type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { dossierAbilities } from "./dossier.policy";
import { dossierDetail } from "./get-dossier";
import { addEvent, type DossierRow, factsOf, type LoadedDossier, loadDossier, trail } from "./internal";

type Changes = Partial<typeof dossiers.$inferInsert>;

export type DossierStepDef = {
  ability: keyof DossierAbilities;
  /** Audit action `onestop.<verb>` and the timeline entry's type. */
  verb: string;
  note?: string | null;
  data?: unknown;
  fileIds?: string[];
  /** Rule checks and column changes; runs in the transaction with the row locked. */
  update: (loaded: LoadedDossier, tx: Db, actor: Actor) => Promise<Changes> | Changes;
  /** Side effects after the update (steps, notifications), same transaction. */
  after?: (updated: DossierRow, tx: Db, before: DossierRow) => Promise<unknown>;
  /** Timeline data known only after `update`. */
  eventData?: () => unknown;
};

/**
 * The shape every dossier verb shares: load in scope (else 404), check role and state (else 403), then
 * the verb's own rules (412 naming the rule), write, log, audit in the same transaction, present.
 */
export async function transitionDossier(ctx: Ctx, id: string, step: DossierStepDef): Promise<DossierDetail> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadDossier(tx, actor, id, true);
    // Counts are left to the verb so that a second supplement or re-appointment gets the legal reason.
    const roleAndState = {
      ...loaded.facts,
      supplementCount: 0,
      processingReturnCount: 0,
      reappointmentCount: 0,
      conductComplaint: false,
    };
    if (!dossierAbilities(actor, roleAndState)[step.ability]) {
      throw forbidden("onestopTransition");
    }
    const changes = { ...(await step.update(loaded, tx, actor)), updatedAt: new Date() };
    const [after] = await tx.update(dossiers).set(changes).where(eq(dossiers.id, id)).returning();
    await step.after?.(after!, tx, loaded.d);
    await addEvent(tx, after!, actor.id, step.verb, {
      note: step.note,
      data: step.eventData?.() ?? step.data,
      fileIds: step.fileIds,
    });
    await recordAudit(tx, ctx, {
      action: `onestop.${step.verb}`,
      entityType: "dossier",
      entityId: id,
      unitId: loaded.d.unitId,
      before: trail(loaded.d),
      after: trail(after),
      reason: step.note ?? null,
    });
    const reloaded = { ...loaded, d: after!, facts: factsOf(after!, loaded.unitPath) };
    return dossierDetail(tx, actor, reloaded);
  });
}
