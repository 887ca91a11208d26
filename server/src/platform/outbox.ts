import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { z } from "zod";
import type { Db } from "../db/client";
import { insertRows, type RowSet, rowsOf } from "../db/insert-rows";
import { notifications, outbox, staff } from "../db/schema";
import type { Config } from "./config";
import { newId } from "./ids";
import { defineJob } from "./jobs";

export type Message = { subject: string; body: string; link?: string | null };

/** An e-mail leaves the site: a link inside the app becomes absolute on the public address when set. */
export function mailText(msg: { body: string; link: string | null }, publicUrl: string | undefined): string {
  if (!msg.link) {
    return msg.body;
  }
  const link =
    publicUrl && msg.link.startsWith("/") ? `${publicUrl.replace(/\/+$/, "")}${msg.link}` : msg.link;
  return `${msg.body}\n\n${link}`;
}
export type Channel = "email" | "in_app" | "sms";

/** Writes messages in the caller's transaction; the delivery job sends them after commit. */
export async function notifyStaff(
  tx: Db,
  staffId: string,
  message: Message,
  channels: Channel[] = ["in_app", "email"],
) {
  const [person] = await tx
    .select({ email: staff.email, phone: staff.phone })
    .from(staff)
    .where(eq(staff.id, staffId));
  if (!person) {
    return;
  }
  const rows = channels.flatMap((channel) => {
    const recipient = channel === "email" ? person.email : channel === "sms" ? person.phone : staffId;
    return recipient
      ? [{ id: newId(), channel, recipient, staffId, ...message, link: message.link ?? null }]
      : [];
  });
  if (rows.length > 0) {
    await tx.insert(outbox).values(rows);
  }
}

/** For recipients who are not staff (citizens): email or SMS by address. */
export async function enqueueMessage(
  tx: Db,
  channel: Exclude<Channel, "in_app">,
  recipient: string,
  message: Message,
) {
  await insertRows(tx, [messageRow(channel, recipient, message)]);
}

/** The message's row, not yet written: for a caller that sends it with its other rows (`insertRows`). */
export function messageRow(channel: Exclude<Channel, "in_app">, recipient: string, message: Message): RowSet {
  const { subject, body, link } = message;
  return rowsOf(outbox, { id: newId(), channel, recipient, subject, body, link: link ?? null });
}

const transporters = new Map<string, Transporter>();
/** One transporter (and its pooled connections) per SMTP address, so a changed address is used at once. */
function smtp(config: Config): Transporter | undefined {
  if (!config.smtpUrl) {
    return undefined;
  }
  let transporter = transporters.get(config.smtpUrl);
  if (!transporter) {
    transporter = nodemailer.createTransport(config.smtpUrl);
    transporters.set(config.smtpUrl, transporter);
  }
  return transporter;
}

const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = 8;

/**
 * Claims due messages with SKIP LOCKED and a lease, sends each outside any transaction, then marks it.
 * A crash between send and mark re-sends after the lease (at-least-once; the outbox id is the Message-ID).
 */
export async function deliverOutbox(db: Db, config: Config, batch = 50): Promise<number> {
  const claimed = await db
    .update(outbox)
    .set({
      leaseUntil: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(
      inArray(
        outbox.id,
        db
          .select({ id: outbox.id })
          .from(outbox)
          .where(
            and(
              eq(outbox.status, "pending"),
              or(isNull(outbox.leaseUntil), lt(outbox.leaseUntil, sql`now()`)),
            ),
          )
          .orderBy(outbox.createdAt)
          .limit(batch)
          .for("update", { skipLocked: true }),
      ),
    )
    .returning();
  for (const msg of claimed) {
    try {
      let transport = "dev-mailbox";
      if (msg.channel === "in_app" && msg.staffId) {
        await db
          .insert(notifications)
          .values({
            id: newId(),
            staffId: msg.staffId,
            outboxId: msg.id,
            subject: msg.subject,
            body: msg.body,
            link: msg.link,
          })
          .onConflictDoNothing();
        transport = "in-app";
      } else if (msg.channel === "email" && smtp(config)) {
        await smtp(config)?.sendMail({
          from: config.mailFrom,
          to: msg.recipient,
          subject: msg.subject,
          text: mailText(msg, config.publicUrl),
          messageId: `<${msg.id}@danvan>`,
        });
        transport = "smtp";
      }
      await db
        .update(outbox)
        .set({ status: "sent", sentAt: new Date(), transport, leaseUntil: null, lastError: null })
        .where(eq(outbox.id, msg.id));
    } catch (err) {
      const failed = msg.attempts >= MAX_ATTEMPTS;
      await db
        .update(outbox)
        .set({
          status: failed ? "failed" : "pending",
          lastError: String((err as Error).message ?? err).slice(0, 1000),
          leaseUntil: sql`now() + make_interval(secs => ${Math.min(3600, 30 * 2 ** msg.attempts)})`,
        })
        .where(eq(outbox.id, msg.id));
    }
  }
  return claimed.length;
}

export const outboxDeliverJob = defineJob({
  id: "platform.outbox-deliver",
  cron: "* * * * *",
  schema: z.object({}).passthrough(),
  retryLimit: 3,
  handler: async ({ db, config }) => {
    while ((await deliverOutbox(db, config)) > 0) {
      // drain
    }
  },
});
