import type { KioskCurrent } from "@danvan/common";
import { eq } from "drizzle-orm";
import { ratingKiosks } from "../../db/schema";
import { type Ctx, withTransaction } from "../../platform/context";
import { formOf, interactionByToken } from "./internal";
import { kioskByKey } from "./kiosks";
import { ratingToken } from "./tokens";

/** A tablet left showing a form is reset by the server too, not only by its own idle timer. */
export const KIOSK_SHOW_MINUTES = 15;

/** What a counter's tablet shows now: the interaction its clerk sent, with the token to rate it. */
export async function kioskCurrent(ctx: Ctx, id: string, key: string | undefined): Promise<KioskCurrent> {
  return withTransaction(ctx, async (tx) => {
    const { k, unitName } = await kioskByKey(tx, id, key);
    const now = Date.now();
    if (!k.lastSeenAt || now - k.lastSeenAt.getTime() > 60_000) {
      await tx
        .update(ratingKiosks)
        .set({ lastSeenAt: new Date(now) })
        .where(eq(ratingKiosks.id, k.id));
    }
    const fresh = k.sentAt && now - k.sentAt.getTime() < KIOSK_SHOW_MINUTES * 60_000;
    if (!k.currentInteractionId || !fresh) {
      return { counter: k.id, label: k.label, unitName, current: null };
    }
    const token = ratingToken(ctx.config, k.currentInteractionId);
    const row = await interactionByToken(tx, token).catch(() => null);
    if (!row || row.i.ratedAt) {
      return { counter: k.id, label: k.label, unitName, current: null };
    }
    return {
      counter: k.id,
      label: k.label,
      unitName,
      current: { token, sentAt: k.sentAt!.toISOString(), form: await formOf(tx, row) },
    };
  });
}
