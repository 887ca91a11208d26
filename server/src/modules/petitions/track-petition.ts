import {
  PETITION_STATUS_LABELS,
  type PetitionKind,
  type PetitionStatus,
  type PublicPetitionStatus,
} from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { preparedPerDb } from "../../db/prepared";
import { batchedReads } from "../../db/read-batch";
import { petitions, ratingInteractions, units } from "../../db/schema";
import type { Config } from "../../platform/config";
import { notFound } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { joinedRatingOffer, ratingOfferJoin } from "../satisfaction/pending-token-for";

type Tracked = {
  code: string;
  kind: PetitionKind;
  status: PetitionStatus;
  pinHash: string;
  unitName: string;
  receivedDate: string;
  currentDue: string | null;
  answer: string | null;
  answerPublished: boolean;
  resolutionNo: string | null;
  resolvedDate: string | null;
  continuedAs: string[] | null;
  ratingId: string | null;
  /** JSON carries the timestamp as text. */
  ratingExpiresAt: string | null;
  ratingRatedAt: string | null;
};

// Only the columns a citizen may see, the codes this petition continued as (split parts and transferred
// copies that kept the citizen's PIN) and its rating interaction. The public status page is the most
// frequent request: each row comes as one JSON value, which the driver reads with one parse instead of
// describing and decoding sixteen columns.
const lookupFor = preparedPerDb((db: Db) =>
  db
    .select({
      row: sql<Tracked>`json_build_object(
        'code', ${petitions.code}, 'kind', ${petitions.kind}, 'status', ${petitions.status},
        'pinHash', ${petitions.pinHash}, 'unitName', ${units.name},
        'receivedDate', ${petitions.receivedDate}, 'currentDue', ${petitions.currentDue},
        'answer', ${petitions.answer}, 'answerPublished', ${petitions.answerPublished},
        'resolutionNo', ${petitions.resolutionNo}, 'resolvedDate', ${petitions.resolvedDate},
        'continuedAs', (
          SELECT array_agg(d.code ORDER BY d.code) FROM petitions d
          WHERE (d.split_from_id = ${petitions.id} OR d.transferred_from_id = ${petitions.id})
            AND d.pin_hash = ${petitions.pinHash}),
        'ratingId', ${ratingInteractions.id}, 'ratingExpiresAt', ${ratingInteractions.expiresAt},
        'ratingRatedAt', ${ratingInteractions.ratedAt})`,
    })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.unitId))
    .leftJoin(ratingInteractions, ratingOfferJoin("petition", petitions.id))
    .where(sql`${petitions.code} = ANY(${sql.placeholder("codes")}::text[])`)
    .prepare("petitions_track"),
);

// The lookups of requests that arrive together go as one statement (one round trip and one execution for
// all of them), as the idempotency keys of concurrent filings do.
const tracked = batchedReads(async (db, codes) => {
  const rows = await lookupFor(db).execute({ codes });
  return new Map(rows.map(({ row }) => [row.code, row]));
});

/**
 * What a citizen sees with the code and PIN: state, next deadline, the published answer and, once resolved,
 * the rating link. No notes, no staff names. A wrong PIN answers exactly like an unknown code.
 */
export async function trackPetition(
  db: Db,
  config: Config,
  code: string,
  pin: string,
): Promise<PublicPetitionStatus> {
  const p = await tracked(db, code);
  if (!p || !secretsFor(config).pinMatches(pin, p.pinHash)) {
    throw notFound("petition");
  }
  const status = p.status;
  return {
    code: p.code,
    kind: p.kind,
    status,
    statusLabel: PETITION_STATUS_LABELS[status],
    unitName: p.unitName,
    receivedDate: p.receivedDate,
    nextDeadline: p.currentDue
      ? { stage: p.status === "accepted" ? "resolve" : "process", date: p.currentDue }
      : null,
    answer:
      p.answerPublished && p.answer
        ? { text: p.answer, documentNo: p.resolutionNo, date: p.resolvedDate }
        : null,
    continuedAs: p.continuedAs ?? [],
    rating: joinedRatingOffer(config, {
      ratingId: p.ratingId,
      ratingExpiresAt: p.ratingExpiresAt === null ? null : new Date(p.ratingExpiresAt),
      ratingRatedAt: p.ratingRatedAt === null ? null : new Date(p.ratingRatedAt),
    }),
  };
}
