import type { InteractionKind, RatingOffer } from "@danvan/common";
import { and, type Column, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions } from "../../db/schema";
import type { Config } from "../../platform/config";
import { ratingPath, ratingToken } from "./tokens";

/**
 * The rating a finished interaction offers its citizen: the form's path while it is open, else whether it
 * was rated or ran out; null when the interaction is not finished. Callers show it only to someone who
 * proved the tracking code and PIN, since the path is the single-use token.
 */
export async function ratingOfferFor(
  db: Db,
  config: Pick<Config, "dataDir">,
  kind: InteractionKind,
  refId: string,
): Promise<RatingOffer | null> {
  const [i] = await db
    .select({
      id: ratingInteractions.id,
      expiresAt: ratingInteractions.expiresAt,
      ratedAt: ratingInteractions.ratedAt,
    })
    .from(ratingInteractions)
    .where(and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId)));
  return i ? ratingOfferOf(config, i) : null;
}

/** The interaction's columns for a caller that joins it into its own query (`ratingOfferJoin`). */
export const ratingOfferColumns = {
  ratingId: ratingInteractions.id,
  ratingExpiresAt: ratingInteractions.expiresAt,
  ratingRatedAt: ratingInteractions.ratedAt,
};

/** The left-join condition of the interaction of `kind` about the row whose id is `refId`. */
export const ratingOfferJoin = (kind: InteractionKind, refId: Column) =>
  and(eq(ratingInteractions.kind, kind), eq(ratingInteractions.refId, refId));

/** The offer of a row read with `ratingOfferColumns`; null when it has no interaction. */
export function joinedRatingOffer(
  config: Pick<Config, "dataDir">,
  row: { ratingId: string | null; ratingExpiresAt: Date | null; ratingRatedAt: Date | null },
): RatingOffer | null {
  return row.ratingId && row.ratingExpiresAt
    ? ratingOfferOf(config, { id: row.ratingId, expiresAt: row.ratingExpiresAt, ratedAt: row.ratingRatedAt })
    : null;
}

/** The offer of an interaction row a caller has already read (in its own query). */
export function ratingOfferOf(
  config: Pick<Config, "dataDir">,
  i: { id: string; expiresAt: Date; ratedAt: Date | null },
): RatingOffer {
  const status = i.ratedAt ? "rated" : i.expiresAt.getTime() < Date.now() ? "expired" : "open";
  return {
    status,
    path: status === "open" ? ratingPath(ratingToken(config, i.id)) : null,
    expiresAt: i.expiresAt.toISOString(),
    ratedAt: i.ratedAt?.toISOString() ?? null,
  };
}

/** A link that leaves the site (e-mail, SMS, paper) is absolute on the public address when one is set. */
export function absoluteUrl(config: Pick<Config, "publicUrl">, path: string): string {
  return config.publicUrl ? `${config.publicUrl.replace(/\/+$/, "")}${path}` : path;
}
