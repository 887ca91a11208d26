import type { Db } from "../../db/client";
import { enqueueMessage, type Message } from "../../platform/outbox";
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
  { sms, ...message }: Message & { sms?: string },
) {
  const row = await identityOf(tx, petitionId);
  if (!row) {
    return 0;
  }
  const who = openIdentity(secrets, row);
  let sent = 0;
  if (who.email) {
    await enqueueMessage(tx, "email", who.email, message);
    sent += 1;
  }
  if (who.phone) {
    await enqueueMessage(tx, "sms", who.phone, { ...message, body: sms ?? message.subject });
    sent += 1;
  }
  return sent;
}

/** The citizen status page of the portal, with the code filled in (the PIN never travels in a link). */
export const trackingLink = (code: string) => `/public/petitions/status?code=${encodeURIComponent(code)}`;
