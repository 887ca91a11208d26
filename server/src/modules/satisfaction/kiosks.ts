import type { InteractionKind, Kiosk } from "@danvan/common";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, ratingKiosks, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Actor, type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { can, inScope } from "../../platform/scope";
import { hashToken, newKioskKey } from "./tokens";

export const kioskPath = (id: string) => `/kiosk/${id}`;

/** Binds a new rating tablet to a counter of the unit; the key is shown this once. */
export async function createKiosk(ctx: Ctx, input: { unitId: string; label: string }) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId));
    if (!unit || !can(actor, "satisfaction.kiosk", unit.path)) {
      throw invalid("unitId", "forbidden");
    }
    const id = newId();
    const key = newKioskKey();
    await tx.insert(ratingKiosks).values({
      id,
      unitId: unit.id,
      label: input.label,
      keyHash: hashToken(key),
      createdBy: actor.id,
    });
    await recordAudit(tx, ctx, {
      action: "satisfaction.create-kiosk",
      entityType: "rating-kiosk",
      entityId: id,
      unitId: unit.id,
      after: { id, label: input.label },
    });
    return { id, key, path: kioskPath(id) };
  });
}

/** A kiosk in the actor's scope for `permission`, locked; else 404. */
export async function loadKiosk(tx: Db, actor: Actor, id: string) {
  const [row] = await tx
    .select({ k: ratingKiosks, path: units.path, unitName: units.name })
    .from(ratingKiosks)
    .innerJoin(units, eq(units.id, ratingKiosks.unitId))
    .where(and(eq(ratingKiosks.id, id), eq(ratingKiosks.isActive, true)))
    .for("update", { of: ratingKiosks });
  if (!row || !can(actor, "satisfaction.kiosk", row.path)) {
    throw notFound("kiosk");
  }
  return row;
}

/** A new key for a tablet that was lost or replaced; the old one stops working at once. */
export async function rekeyKiosk(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { k } = await loadKiosk(tx, actor, id);
    const key = newKioskKey();
    await tx
      .update(ratingKiosks)
      .set({ keyHash: hashToken(key) })
      .where(eq(ratingKiosks.id, k.id));
    await recordAudit(tx, ctx, {
      action: "satisfaction.rekey-kiosk",
      entityType: "rating-kiosk",
      entityId: k.id,
      unitId: k.unitId,
    });
    return { id: k.id, key, path: kioskPath(k.id) };
  });
}

/** The counters' kiosks the actor may send to, with what each is showing now. */
export async function listKiosks(db: Db, actor: Actor): Promise<Kiosk[]> {
  const rows = await db
    .select({ k: ratingKiosks, unitName: units.name, current: ratingInteractions })
    .from(ratingKiosks)
    .innerJoin(units, eq(units.id, ratingKiosks.unitId))
    .leftJoin(ratingInteractions, eq(ratingInteractions.id, ratingKiosks.currentInteractionId))
    .where(and(eq(ratingKiosks.isActive, true), inScope(units.path, actor, "satisfaction.kiosk")))
    .orderBy(asc(units.name), asc(ratingKiosks.label));
  return rows.map(({ k, unitName, current }) => ({
    id: k.id,
    unitId: k.unitId,
    unitName,
    label: k.label,
    current:
      current && k.sentAt
        ? { kind: current.kind as InteractionKind, label: current.label, sentAt: k.sentAt.toISOString() }
        : null,
    lastSeenAt: k.lastSeenAt?.toISOString() ?? null,
  }));
}

/** The kiosk a tablet's key opens; a wrong key is 401 so the tablet asks to be bound again. */
export async function kioskByKey(tx: Db, id: string, key: string | undefined) {
  const [row] = await tx
    .select({ k: ratingKiosks, unitName: units.name })
    .from(ratingKiosks)
    .innerJoin(units, eq(units.id, ratingKiosks.unitId))
    .where(and(eq(ratingKiosks.id, id), eq(ratingKiosks.isActive, true)));
  if (!row || !key || row.k.keyHash !== hashToken(key)) {
    throw new AppError("UNAUTHORIZED", "kioskKeyInvalid");
  }
  return row;
}
