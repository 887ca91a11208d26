import { and, eq, exists, gt, gte, inArray, lt, lte, not, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { taskAlerts, tasks } from "../../db/schema";
import { defineJob } from "../../platform/jobs";
import { notifyStaff } from "../../platform/outbox";
import { todayVn } from "./internal";
import { reminderHorizons } from "./reminder-horizons";

const OPEN = ["assigned", "accepted", "in_progress", "returned", "submitted"];
const BATCH = 500;

type Task = typeof tasks.$inferSelect;

const alertSent = (db: Db, kind: "reminder" | "escalation") =>
  exists(
    db
      .select({ one: sql`1` })
      .from(taskAlerts)
      .where(
        and(
          eq(taskAlerts.taskId, tasks.id),
          eq(taskAlerts.dueDate, tasks.dueDate),
          eq(taskAlerts.kind, kind),
        ),
      ),
  );

/** Open tasks due by the horizon whose alert for today (reminder, or escalation once overdue) is unsent. */
function nextBatch(db: Db, today: string, horizon: string, after: Task | undefined, size: number) {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        inArray(tasks.status, OPEN),
        lte(tasks.dueDate, horizon),
        or(
          and(lt(tasks.dueDate, today), not(alertSent(db, "escalation"))),
          and(gte(tasks.dueDate, today), not(alertSent(db, "reminder"))),
        ),
        after
          ? or(
              gt(tasks.dueDate, after.dueDate),
              and(eq(tasks.dueDate, after.dueDate), gt(tasks.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(tasks.dueDate, tasks.id)
    .limit(size);
}

/** Records the alert and queues its messages; false when another run already sent it. */
async function sendAlert(db: Db, t: Task, kind: "reminder" | "escalation"): Promise<boolean> {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const inserted = await tx
      .insert(taskAlerts)
      .values({ taskId: t.id, kind, dueDate: t.dueDate })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) {
      return false;
    }
    if (kind === "reminder") {
      await notifyStaff(tx, t.assigneeId, {
        subject: `Sắp đến hạn ${t.code}`,
        body: `${t.title} — hạn ${t.dueDate}`,
        link: `/tasks/${t.id}`,
      });
    } else {
      const message = {
        subject: `Quá hạn ${t.code}`,
        body: `${t.title} — hạn ${t.dueDate}, chưa hoàn thành`,
        link: `/tasks/${t.id}`,
      };
      await notifyStaff(tx, t.directorId, message);
      await notifyStaff(tx, t.assigneeId, message);
    }
    return true;
  });
}

/**
 * Reminds assignees N working days (on the responsible unit's calendar) before the due date and escalates
 * overdue tasks to the directing leader. The (task, kind, due date) key in task_alerts makes each alert
 * fire once, across restarts and nodes; an extension moves the due date, so the new date gets its own
 * reminder. Walks every pending alert in keyset batches, so a backlog never starves newer tasks.
 */
export async function sweepTaskAlerts(
  db: Db,
  today = todayVn(),
  batchSize = BATCH,
): Promise<{ reminders: number; escalations: number }> {
  const horizons = await reminderHorizons(db, today);
  let reminders = 0;
  let escalations = 0;
  let after: Task | undefined;
  for (;;) {
    const batch = await nextBatch(db, today, horizons.widest, after, batchSize);
    for (const t of batch) {
      if (t.dueDate > (await horizons.forUnit(t.unitId))) {
        continue;
      }
      const kind = t.dueDate < today ? "escalation" : "reminder";
      if (await sendAlert(db, t, kind)) {
        if (kind === "reminder") {
          reminders += 1;
        } else {
          escalations += 1;
        }
      }
    }
    if (batch.length < batchSize) {
      return { reminders, escalations };
    }
    after = batch.at(-1);
  }
}

export const taskAlertsJob = defineJob({
  id: "tasks.alerts-sweep",
  cron: "*/15 * * * *",
  schema: z.object({}).passthrough(),
  handler: async ({ db, log }) => {
    const result = await sweepTaskAlerts(db);
    if (result.reminders || result.escalations) {
      log.info(result, "task alerts sent");
    }
  },
});
