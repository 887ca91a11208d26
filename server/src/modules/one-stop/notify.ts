import { dossierTrackingPath } from "@danvan/common";
import { sql } from "drizzle-orm";
import { type Db, queryRows } from "../../db/client";
import { roleGrants, units } from "../../db/schema";
import { enqueueMessage, type Message, notifyStaff } from "../../platform/outbox";
import type { DossierRow } from "./internal";

/**
 * Tells the applicant by e-mail and SMS at the addresses given on filing (NĐ 61/2018 Đ.19 k.9 c for a
 * re-appointment). Bodies name the dossier code, never the applicant. An SMS carries the subject, or
 * `sms` when the short text must hold more (the rating link).
 */
export async function notifyApplicant(
  tx: Db,
  d: Pick<DossierRow, "code" | "applicantEmail" | "applicantPhone">,
  subject: string,
  body: string,
  sms?: string,
) {
  const link = dossierTrackingPath(d.code);
  if (d.applicantEmail) {
    await enqueueMessage(tx, "email", d.applicantEmail, { subject, body, link });
  }
  if (d.applicantPhone) {
    await enqueueMessage(tx, "sms", d.applicantPhone, { subject, body: sms ?? subject, link });
  }
}

/** Tells the one-stop clerks over the dossier's unit (they update the system and call the applicant). */
export async function notifyCounter(tx: Db, unitPath: string, message: Message) {
  const clerks = await queryRows<{ staff_id: string }>(
    tx,
    sql`SELECT DISTINCT g.staff_id FROM ${roleGrants} g JOIN ${units} u ON u.id = g.unit_id
        WHERE g.role = 'clerk' AND ${unitPath} LIKE u.path || '%'`,
  );
  for (const c of clerks) {
    await notifyStaff(tx, c.staff_id, message);
  }
}
