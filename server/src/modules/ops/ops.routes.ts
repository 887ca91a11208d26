import { FailedJob, MailboxMessage, Notification } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { AppDeps } from "../../app";
import { notifications, outbox } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { withTransaction } from "../../platform/context";
import { assertCan, notFound } from "../../platform/errors";
import { actorOf, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { type Jobs, listFailedJobs } from "../../platform/jobs";
import { canAnywhere } from "../../platform/scope";

const tags = ["operations"];

/** Dead letters and the development mailbox for admins; in-app notifications for every user. */
export function opsRoutes(deps: Pick<AppDeps, "jobs">) {
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/ops/jobs/failed",
        tags,
        summary: "Failed jobs and dead letters",
        responses: { 200: json(z.object({ items: z.array(FailedJob) })), ...errorResponses },
      }),
      async (c) => {
        assertCan(canAnywhere(actorOf(c), "jobs.manage"));
        const rows = await listFailedJobs(ctxOf(c).db);
        const items = rows.map((r) => ({
          id: r.id,
          queue: r.name,
          data: r.data,
          output: r.output,
          retryCount: r.retry_count,
          createdOn: new Date(r.created_on).toISOString(),
          completedOn: r.completed_on ? new Date(r.completed_on).toISOString() : null,
        }));
        return c.json({ items }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/ops/jobs/{queue}/{id}/retry",
        tags,
        summary: "Retry a failed job",
        request: { params: z.object({ queue: z.string().max(200), id: z.string().max(100) }) },
        responses: { 204: { description: "Queued again" }, ...errorResponses },
      }),
      async (c) => {
        assertCan(canAnywhere(actorOf(c), "jobs.manage"));
        const { queue, id } = c.req.valid("param");
        const jobs = deps.jobs as Partial<Jobs>;
        if (typeof jobs.retry !== "function") {
          throw notFound("job");
        }
        await jobs.retry(queue, id);
        // pg-boss writes through its own connection, so the event follows the retry it records.
        const ctx = ctxOf(c);
        await withTransaction(ctx, (tx) =>
          recordAudit(tx, ctx, {
            action: "ops.retry-job",
            entityType: "job",
            entityId: id,
            after: { queue },
          }),
        );
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/ops/mailbox",
        tags,
        summary: "Development mailbox: e-mail and SMS held by the outbox",
        responses: { 200: json(z.object({ items: z.array(MailboxMessage) })), ...errorResponses },
      }),
      async (c) => {
        const ctx = ctxOf(c);
        assertCan(canAnywhere(actorOf(c), "mailbox.read"));
        if (ctx.config.env === "production") {
          throw notFound("mailbox");
        }
        const rows = await ctx.db
          .select()
          .from(outbox)
          .where(inArray(outbox.channel, ["email", "sms"]))
          .orderBy(desc(outbox.createdAt))
          .limit(200);
        const items = rows.map((r) => ({
          id: r.id,
          channel: r.channel as "email",
          recipient: r.recipient,
          subject: r.subject,
          body: r.body,
          status: r.status as "pending",
          attempts: r.attempts,
          lastError: r.lastError,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
        }));
        return c.json({ items }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/notifications",
        tags,
        summary: "My in-app notifications",
        responses: {
          200: json(z.object({ items: z.array(Notification), unread: z.number().int() })),
          ...errorResponses,
        },
      }),
      async (c) => {
        const { db } = ctxOf(c);
        const me = actorOf(c).id;
        const rows = await db
          .select()
          .from(notifications)
          .where(eq(notifications.staffId, me))
          .orderBy(desc(notifications.createdAt))
          .limit(50);
        const [unread] = await db
          .select({ n: count() })
          .from(notifications)
          .where(and(eq(notifications.staffId, me), isNull(notifications.readAt)));
        const items = rows.map((r) => ({
          id: r.id,
          subject: r.subject,
          body: r.body,
          link: r.link,
          createdAt: r.createdAt.toISOString(),
          readAt: r.readAt?.toISOString() ?? null,
        }));
        return c.json({ items, unread: unread?.n ?? 0 }, 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/notifications/{id}/read",
        tags,
        summary: "Mark a notification read",
        request: { params: z.object({ id: z.string().uuid() }) },
        responses: { 204: { description: "Read" }, ...errorResponses },
      }),
      async (c) => {
        const { db } = ctxOf(c);
        const updated = await db
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.id, c.req.valid("param").id), eq(notifications.staffId, actorOf(c).id)))
          .returning({ id: notifications.id });
        if (updated.length === 0) {
          throw notFound("notification");
        }
        return c.body(null, 204);
      },
    );
}
