import {
  DOSSIER_STATUS_LABELS,
  type DossierStatus,
  ONESTOP_LIMITS,
  type PublicDossierStatus,
} from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { preparedPerDb } from "../../db/prepared";
import { batchedReads } from "../../db/read-batch";
import { dossiers, procedures, ratingInteractions, units } from "../../db/schema";
import type { Config } from "../../platform/config";
import { AppError, notFound } from "../../platform/errors";
import { RateLimiter } from "../../platform/rate-limit";
import { secretsFor } from "../../platform/secrets";
import { joinedRatingOffer, ratingOfferColumns, ratingOfferJoin } from "../satisfaction/pending-token-for";

type PublicStep = PublicDossierStatus["steps"][number];

// The columns the page shows, the current round's steps and the rating interaction in one statement, prepared
// once per database (as the petition lookup): three queries a lookup made it a quarter as fast.
const lookupFor = preparedPerDb((db: Db) =>
  db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      status: dossiers.status,
      pinHash: dossiers.pinHash,
      filedDate: dossiers.filedDate,
      receivedDate: dossiers.receivedDate,
      appointmentDate: dossiers.appointmentDate,
      resultReadyDate: dossiers.resultReadyDate,
      returnedDate: dossiers.returnedDate,
      reappointmentCount: dossiers.reappointmentCount,
      applicantName: dossiers.applicantName,
      applicantPhone: dossiers.applicantPhone,
      applicantEmail: dossiers.applicantEmail,
      applicantAddress: dossiers.applicantAddress,
      supplementItems: dossiers.supplementItems,
      processingReturnItems: dossiers.processingReturnItems,
      apologyReason: dossiers.apologyReason,
      unitName: units.name,
      procCode: procedures.code,
      procName: procedures.name,
      procDocs: procedures.documents,
      steps: sql<PublicStep[]>`(
        SELECT coalesce(json_agg(json_build_object('stepNo', s.step_no, 'name', s.name, 'status', s.status,
          'completedDate', s.completed_date) ORDER BY s.step_no), '[]'::json)
        FROM onestop_dossier_steps s WHERE s.dossier_id = ${dossiers.id} AND s.round = ${dossiers.round})`,
      ...ratingOfferColumns,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .leftJoin(ratingInteractions, ratingOfferJoin("dossier", dossiers.id))
    .where(sql`${dossiers.code} = ANY(${sql.placeholder("codes")}::text[])`)
    .prepare("onestop_track"),
);

type Tracked = Awaited<ReturnType<ReturnType<typeof lookupFor>["execute"]>>[number];

// The lookups of requests that arrive together go as one statement, as the petition lookups do.
const tracked = batchedReads<Tracked>(async (db, codes) => {
  const rows = await lookupFor(db).execute({ codes });
  return new Map(rows.map((row) => [row.code, row]));
});

/** Wrong PINs per code and client address, so an 8-digit PIN cannot be walked through. */
const pinGuesses = new RateLimiter(ONESTOP_LIMITS.pinAttempts, 15 * 60_000);

/** Counts a wrong PIN; past the limit the client waits (429) whatever it sends. */
export function checkPinGuess(client: string, code: string) {
  if (pinGuesses.hit(`${client}:${code}`) > 0) {
    throw new AppError("RATE_LIMITED", "rateLimited");
  }
}

/**
 * The public status by code: state, steps done and the appointment, never internal notes or staff. With
 * the right PIN the applicant also sees their own details and what they were asked to bring, and once the
 * result is returned the rating link (a single-use token, so never without the PIN); a wrong PIN answers
 * like an unknown code and counts against the client.
 */
export async function trackDossier(
  db: Db,
  config: Config,
  code: string,
  pin: string | undefined,
  client: string,
): Promise<PublicDossierStatus> {
  const row = await tracked(db, code);
  let owner = false;
  if (pin !== undefined) {
    if (!row || !secretsFor(config).pinMatches(pin, row.pinHash)) {
      checkPinGuess(client, code);
      throw notFound("dossier");
    }
    owner = true;
  }
  if (!row) {
    throw notFound("dossier");
  }
  const status = row.status as DossierStatus;
  return {
    code: row.code,
    status,
    statusLabel: DOSSIER_STATUS_LABELS[status],
    unitName: row.unitName,
    procedure: { code: row.procCode, name: row.procName },
    filedDate: row.filedDate,
    receivedDate: row.receivedDate,
    appointmentDate: row.appointmentDate,
    resultReadyDate: row.resultReadyDate,
    returnedDate: row.returnedDate,
    reappointed: row.reappointmentCount > 0,
    steps: row.steps,
    applicant: owner
      ? {
          name: row.applicantName,
          phone: row.applicantPhone,
          email: row.applicantEmail,
          address: row.applicantAddress,
          missingItems:
            row.status === "supplement_requested"
              ? (row.supplementItems ?? null)
              : row.status === "returned_for_supplement"
                ? (row.processingReturnItems ?? null)
                : null,
          apologyReason: row.apologyReason,
          documents: row.procDocs.map((p) => ({
            key: p.key,
            name: p.name,
            originals: p.originals,
            copies: p.copies,
            required: p.required,
          })),
        }
      : null,
    rating: owner ? joinedRatingOffer(config, row) : null,
  };
}
