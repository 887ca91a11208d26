import { and, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { auditEvents, consultations, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import type { Config } from "../../platform/config";
import { defineJob } from "../../platform/jobs";
import { notifyStaff } from "../../platform/outbox";
import { todayVn } from "../tasks/internal";

const BATCH = 200;
const ALERT = "consultations.record-overdue-alert";

/**
 * Luật THDCCS 2022 Đ.20: the vote record goes to the commune People's Committee and Fatherland Front within
 * the rule's working days. Once that date has passed without the record marked sent, the officer in charge
 * and the directing leader are told once per due date; the audit entry with the missed date is the "sent"
 * mark, so a restart or a second node never repeats it.
 */
export async function sweepRecordReminders(db: Db, config: Config, today = todayVn()): Promise<number> {
  const late = await db
    .select({ c: consultations })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(
      and(
        isNotNull(consultations.votingClosedAt),
        isNull(consultations.recordSentAt),
        lt(consultations.recordDue, today),
        sql`NOT EXISTS (SELECT 1 FROM ${auditEvents} e WHERE e.entity_id = ${consultations.id}::text
              AND e.action = ${ALERT} AND e.after->>'due' = ${consultations.recordDue}::text)`,
      ),
    )
    .limit(BATCH);
  let sent = 0;
  for (const { c } of late) {
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const [locked] = await tx.select().from(consultations).where(eq(consultations.id, c.id)).for("update");
      if (!locked || locked.recordSentAt || locked.recordDue !== c.recordDue) {
        return;
      }
      const people = [...new Set([c.ownerId, c.directorId])];
      for (const staffId of people) {
        await notifyStaff(tx, staffId, {
          subject: `Quá hạn gửi biên bản biểu quyết ${c.code}`,
          body: `Biên bản biểu quyết "${c.title}" chưa gửi UBND và Ủy ban MTTQ xã; hạn ${c.recordDue} (Luật THDCCS 2022 Đ.20).`,
          link: `/consultations/${c.id}`,
        });
      }
      await recordAudit(
        tx,
        { db: tx, config, actor: null, requestId: "job", locale: "vi", ip: null },
        {
          action: ALERT,
          entityType: "consultation",
          entityId: c.id,
          unitId: c.unitId,
          after: { due: c.recordDue, notified: people.length },
        },
      );
      sent += 1;
    });
  }
  return sent;
}

export const consultationRecordJob = defineJob({
  id: "consultations.record-reminders",
  cron: "17 * * * *",
  schema: z.object({}).passthrough(),
  handler: async ({ db, config, log }) => {
    const sent = await sweepRecordReminders(db, config);
    if (sent) {
      log.info({ sent }, "overdue vote records reminded");
    }
  },
});
