import { z } from "zod";

export const OutboxChannel = z.enum(["email", "in_app", "sms"]);
export type OutboxChannel = z.infer<typeof OutboxChannel>;
export const OutboxStatus = z.enum(["pending", "sent", "failed"]);

/** A message as the development mailbox shows it (email/SMS not sent to the outside in development). */
export const MailboxMessage = z.object({
  id: z.string(),
  channel: OutboxChannel,
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  status: OutboxStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type MailboxMessage = z.infer<typeof MailboxMessage>;

export const Notification = z.object({
  id: z.string(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const FailedJob = z.object({
  id: z.string(),
  queue: z.string(),
  data: z.unknown(),
  output: z.unknown().nullable(),
  retryCount: z.number().int(),
  createdOn: z.string(),
  completedOn: z.string().nullable(),
});
export type FailedJob = z.infer<typeof FailedJob>;
