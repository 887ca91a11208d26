import type { InteractionKind } from "@danvan/common";
import type { Db } from "../../db/client";
import type { Config } from "../../platform/config";
import type { Actor } from "../../platform/context";
import { conflict } from "../../platform/errors";
import { badToken, ratingOf } from "./internal";
import { finishedInteraction } from "./send-to-kiosk";
import { ratingPath, ratingToken } from "./tokens";

/**
 * The rating link and QR content for a slip or a notification of a finished interaction in scope. While
 * its rating may still be changed the link stays useful; a closed or expired one has no link to hand out,
 * so staff see why instead of a QR code that opens nothing.
 */
export async function ratingLink(db: Db, config: Config, actor: Actor, kind: InteractionKind, refId: string) {
  const { i } = await finishedInteraction(db, actor, kind, refId, "satisfaction.read");
  const rating = i.ratedAt ? await ratingOf(db, i.id) : undefined;
  if (rating && rating.editableUntil.getTime() < Date.now()) {
    throw conflict("ratingAlreadyGiven");
  }
  if (i.expiresAt.getTime() < Date.now()) {
    throw badToken();
  }
  const token = ratingToken(config, i.id);
  return { token, path: ratingPath(token), expiresAt: i.expiresAt.toISOString() };
}
