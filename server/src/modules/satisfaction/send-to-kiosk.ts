import type { InteractionKind } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, ratingKiosks, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Actor, type Ctx, requireActor, withTransaction } from "../../platform/context";
import { conflict, notFound, precondition } from "../../platform/errors";
import { can } from "../../platform/scope";
import { loadKiosk } from "./kiosks";

/** A finished interaction in the actor's scope; one not registered as finished is not ratable yet. */
export async function finishedInteraction(
  tx: Db,
  actor: Actor,
  kind: InteractionKind,
  refId: string,
  permission: "satisfaction.kiosk" | "satisfaction.read",
) {
  const [row] = await tx
    .select({ i: ratingInteractions, path: units.path })
    .from(ratingInteractions)
    .innerJoin(units, eq(units.id, ratingInteractions.unitId))
    .where(and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId)));
  if (!row) {
    throw precondition("ratingNotFinished");
  }
  if (!can(actor, permission, row.path)) {
    throw notFound("interaction");
  }
  return row;
}

/** The clerk's "send to kiosk": the counter's tablet shows the just-finished interaction to rate. */
export async function sendToKiosk(
  ctx: Ctx,
  kioskId: string,
  input: { kind: InteractionKind; refId: string },
) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const kiosk = await loadKiosk(tx, actor, kioskId);
    const { i, path } = await finishedInteraction(tx, actor, input.kind, input.refId, "satisfaction.kiosk");
    if (!path.startsWith(kiosk.path)) {
      throw notFound("interaction");
    }
    if (i.ratedAt || i.expiresAt.getTime() < Date.now()) {
      throw conflict("ratingClosed");
    }
    const sentAt = new Date();
    await tx
      .update(ratingKiosks)
      .set({ currentInteractionId: i.id, sentAt, sentBy: actor.id })
      .where(eq(ratingKiosks.id, kioskId));
    await recordAudit(tx, ctx, {
      action: "satisfaction.send-to-kiosk",
      entityType: "rating-kiosk",
      entityId: kioskId,
      unitId: kiosk.k.unitId,
      after: { interactionId: i.id, kind: i.kind, label: i.label },
    });
    return { kioskId, label: i.label, sentAt: sentAt.toISOString() };
  });
}
