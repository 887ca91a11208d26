import type { InteractionKind } from "@danvan/common";
import type { Db } from "../../db/client";
import type { Config } from "../../platform/config";
import type { Actor } from "../../platform/context";
import { finishedInteraction } from "./send-to-kiosk";
import { ratingPath, ratingToken } from "./tokens";

/** The rating link and QR content for a slip or a notification of a finished interaction in scope. */
export async function ratingLink(db: Db, config: Config, actor: Actor, kind: InteractionKind, refId: string) {
  const { i } = await finishedInteraction(db, actor, kind, refId, "satisfaction.read");
  const token = ratingToken(config, i.id);
  return { token, path: ratingPath(token), expiresAt: i.expiresAt.toISOString() };
}
