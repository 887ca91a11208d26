import { and, inArray, lte } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { taskAlerts, tasks } from "../../db/schema";
import { defineJob } from "../../platform/jobs";
import { notifyStaff } from "../../platform/outbox";
import { ruleInForce } from "../calendar/rules";
import { workingCalendar } from "../calendar/working-calendars";
import { todayVn } from "./internal";

const OPEN = ["assigned", "accepted", "in_progress", "returned", "submitted"];
const BATCH = 500;

/**
 * Reminds assignees N working days before the due date and escalates overdue tasks to the directing
 * leader. The (task, kind, due date) key in task_alerts makes each alert fire once, across restarts and
 * nodes; an extension moves the due date, so the new date gets its own reminder.
 */
export async function sweepTaskAlerts(
  db: Db,
  today = todayVn(),
): Promise<{ reminders: number; escalations: number }> {
  const year = Number(today.slice(0, 4));
  const calendar = await workingCalendar(db, { fromYear: year - 1, toYear: year + 1 });
  const rule = await ruleInForce(db, "tasks.reminder_lead", today).catch(() => null);
  const lead = Number((rule?.value as { amount?: number } | undefined)?.amount ?? 2);
  const horizon = calendar.addWorkingDays(today, lead);
  const due = await db
    .select()
    .from(tasks)
    .where(and(inArray(tasks.status, OPEN), lte(tasks.dueDate, horizon)))
    .orderBy(tasks.dueDate)
    .limit(BATCH);
  let reminders = 0;
  let escalations = 0;
  for (const t of due) {
    const kind = t.dueDate < today ? "escalation" : "reminder";
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const inserted = await tx
        .insert(taskAlerts)
        .values({ taskId: t.id, kind, dueDate: t.dueDate })
        .onConflictDoNothing()
        .returning();
      if (inserted.length === 0) {
        return;
      }
      if (kind === "reminder") {
        reminders += 1;
        await notifyStaff(tx, t.assigneeId, {
          subject: `Sắp đến hạn ${t.code}`,
          body: `${t.title} — hạn ${t.dueDate}`,
          link: `/tasks/${t.id}`,
        });
      } else {
        escalations += 1;
        const message = {
          subject: `Quá hạn ${t.code}`,
          body: `${t.title} — hạn ${t.dueDate}, chưa hoàn thành`,
          link: `/tasks/${t.id}`,
        };
        await notifyStaff(tx, t.directorId, message);
        await notifyStaff(tx, t.assigneeId, message);
      }
    });
  }
  return { reminders, escalations };
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
