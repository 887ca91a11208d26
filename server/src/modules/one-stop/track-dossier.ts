import {
  DOSSIER_STATUS_LABELS,
  type DossierStatus,
  ONESTOP_LIMITS,
  type PublicDossierStatus,
} from "@danvan/common";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossierSteps, dossiers, procedures, units } from "../../db/schema";
import type { Config } from "../../platform/config";
import { AppError, notFound } from "../../platform/errors";
import { RateLimiter } from "../../platform/rate-limit";
import { secretsFor } from "../../platform/secrets";
import { ratingOfferFor } from "../satisfaction/pending-token-for";

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
  const [row] = await db
    .select({
      d: dossiers,
      unitName: units.name,
      procCode: procedures.code,
      procName: procedures.name,
      procDocs: procedures.documents,
    })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .innerJoin(procedures, eq(procedures.id, dossiers.procedureId))
    .where(eq(dossiers.code, code));
  let owner = false;
  if (pin !== undefined) {
    if (!row || !secretsFor(config).pinMatches(pin, row.d.pinHash)) {
      checkPinGuess(client, code);
      throw notFound("dossier");
    }
    owner = true;
  }
  if (!row) {
    throw notFound("dossier");
  }
  const { d } = row;
  const steps = await db
    .select()
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.round, d.round)))
    .orderBy(asc(dossierSteps.stepNo));
  const status = d.status as DossierStatus;
  return {
    code: d.code,
    status,
    statusLabel: DOSSIER_STATUS_LABELS[status],
    unitName: row.unitName,
    procedure: { code: row.procCode, name: row.procName },
    filedDate: d.filedDate,
    receivedDate: d.receivedDate,
    appointmentDate: d.appointmentDate,
    resultReadyDate: d.resultReadyDate,
    returnedDate: d.returnedDate,
    reappointed: d.reappointmentCount > 0,
    steps: steps.map((s) => ({
      stepNo: s.stepNo,
      name: s.name,
      status: s.status as "pending" | "active" | "done" | "returned",
      completedDate: s.completedDate,
    })),
    applicant: owner
      ? {
          name: d.applicantName,
          phone: d.applicantPhone,
          email: d.applicantEmail,
          address: d.applicantAddress,
          missingItems:
            d.status === "supplement_requested"
              ? (d.supplementItems ?? null)
              : d.status === "returned_for_supplement"
                ? (d.processingReturnItems ?? null)
                : null,
          apologyReason: d.apologyReason,
          documents: row.procDocs.map((p) => ({
            key: p.key,
            name: p.name,
            originals: p.originals,
            copies: p.copies,
            required: p.required,
          })),
        }
      : null,
    rating: owner ? await ratingOfferFor(db, config, "dossier", d.id) : null,
  };
}
