import type { PetitionAbilities, PetitionDetail } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { petitionDetail } from "./get-petition";
import { addEvent, factsOf, type LoadedPetition, loadPetition, type PetitionRow, todayVn } from "./internal";
import { petitionAbilities } from "./petition.policy";

type Changes = Partial<typeof petitions.$inferInsert>;

export type Step = {
  ability: keyof PetitionAbilities;
  /** Audit action `petitions.<verb>` and the timeline entry's type. */
  verb: string;
  event?: string;
  note?: string | null;
  data?: unknown;
  fileIds?: string[];
  /** Checks and column changes; runs in the transaction with the row locked. */
  update?: (loaded: LoadedPetition, tx: Db) => Promise<Changes> | Changes;
  /** Side effects after the update (notifications, derived rows), same transaction. */
  after?: (updated: PetitionRow, tx: Db) => Promise<unknown>;
  /** Extra timeline data known only after `update`. */
  eventData?: () => unknown;
};

/** The shape every petition verb shares: load in scope, check the ability, write, log, audit, present. */
export async function transitionPetition(ctx: Ctx, id: string, step: Step): Promise<PetitionDetail> {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadPetition(tx, actor, id, true);
    if (!petitionAbilities(actor, loaded.facts, todayVn())[step.ability]) {
      throw forbidden("petitionTransition");
    }
    const changes = { ...((await step.update?.(loaded, tx)) ?? {}), updatedAt: new Date() };
    const [after] = await tx.update(petitions).set(changes).where(eq(petitions.id, id)).returning();
    await step.after?.(after!, tx);
    await addEvent(tx, after!, actor.id, step.event ?? step.verb, {
      note: step.note,
      data: step.eventData?.() ?? step.data,
      fileIds: step.fileIds,
    });
    await recordAudit(tx, ctx, {
      action: `petitions.${step.verb}`,
      entityType: "petition",
      entityId: id,
      unitId: loaded.p.unitId,
      before: loaded.p,
      after,
      reason: step.note ?? null,
    });
    const reloaded = { ...loaded, p: after!, facts: factsOf(after!, loaded.unitPath) };
    return petitionDetail(tx, ctx, reloaded, { withIdentity: false });
  });
}
