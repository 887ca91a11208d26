import type { PetitionIdentity } from "@danvan/common";
import type { Db } from "../../db/client";
import { insertRows } from "../../db/insert-rows";
import { type Message, messageRow } from "../../platform/outbox";
import type { Secrets } from "../../platform/secrets";
import { identityOf, openIdentity } from "./identity";

/**
 * Tells the petitioner by e-mail and SMS, at the addresses they gave. Bodies name the petition code,
 * never the petitioner, so nothing identifying travels beyond the recipient address. An SMS carries the
 * subject, or `sms` when the short text must hold more (the rating link).
 */
export async function notifyPetitioner(
  tx: Db,
  secrets: Secrets,
  petitionId: string,
  message: Message & { sms?: string },
) {
  const row = await identityOf(tx, petitionId);
  if (!row) {
    return 0;
  }
  const notices = petitionerNotices(openIdentity(secrets, row), message);
  await insertRows(tx, notices);
  return notices.length;
}

/** The same notices for a petitioner the caller holds in clear, as rows to send with its other rows. */
export function petitionerNotices(
  who: PetitionIdentity | null,
  { sms, ...message }: Message & { sms?: string },
) {
  return [
    ...(who?.email ? [messageRow("email", who.email, message)] : []),
    ...(who?.phone ? [messageRow("sms", who.phone, { ...message, body: sms ?? message.subject })] : []),
  ];
}

/** The citizen status page of the portal, with the code filled in (the PIN never travels in a link). */
export const trackingLink = (code: string) => `/public/petitions/status?code=${encodeURIComponent(code)}`;
