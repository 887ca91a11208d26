import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, queryRows } from "../../db/client";
import { petitionEvents, petitions, roleGrants, units } from "../../db/schema";
import { purgeIdempotencyKeys } from "../../platform/idempotency";
import { defineJob } from "../../platform/jobs";
import { notifyStaff } from "../../platform/outbox";
import { addEvent, todayVn } from "./internal";

const BATCH = 500;
const KEEP_IDEMPOTENCY_DAYS = 30;

/**
 * Tells the handler and the directing leaders once per deadline when an open petition passes it. The
 * timeline entry `overdue-alert` with the missed date is the "sent" mark, so a restart or a second node
 * never repeats an alert, and a new deadline (after acceptance) gets its own.
 */
export async function sweepPetitionAlerts(db: Db, today = todayVn()): Promise<number> {
  const due = await db
    .select({ p: petitions, unitPath: units.path })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.unitId))
    .where(
      and(
        inArray(petitions.status, ["received", "information", "accepted"]),
        lt(petitions.currentDue, today),
        sql`NOT EXISTS (SELECT 1 FROM ${petitionEvents} e WHERE e.petition_id = ${petitions.id}
              AND e.type = 'overdue-alert' AND e.data->>'due' = ${petitions.currentDue}::text)`,
      ),
    )
    .limit(BATCH);
  let sent = 0;
  for (const { p, unitPath } of due) {
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const [locked] = await tx.select().from(petitions).where(eq(petitions.id, p.id)).for("update");
      if (!locked || locked.currentDue !== p.currentDue) {
        return;
      }
      const leaders = await queryRows<{ staff_id: string }>(
        tx,
        sql`SELECT DISTINCT g.staff_id FROM ${roleGrants} g JOIN ${units} u ON u.id = g.unit_id
            WHERE g.role = 'leader' AND ${unitPath} LIKE u.path || '%'`,
      );
      const people = new Set([...(p.handlerId ? [p.handlerId] : []), ...leaders.map((l) => l.staff_id)]);
      for (const staffId of people) {
        await notifyStaff(tx, staffId, {
          subject: `Đơn ${p.code} quá hạn ${p.status === "accepted" ? "giải quyết" : "xử lý"}`,
          body: `${p.summary} — hạn ${p.currentDue}`,
          link: `/petitions/${p.id}`,
        });
      }
      await addEvent(tx, p, null, "overdue-alert", { data: { due: p.currentDue, notified: people.size } });
      sent += 1;
    });
  }
  return sent;
}

export const petitionAlertsJob = defineJob({
  id: "petitions.alerts-sweep",
  cron: "7 * * * *",
  schema: z.object({}).passthrough(),
  handler: async ({ db, log }) => {
    const sent = await sweepPetitionAlerts(db);
    const purged = await purgeIdempotencyKeys(db, KEEP_IDEMPOTENCY_DAYS);
    if (sent || purged) {
      log.info({ sent, purged }, "petition alerts sent, idempotency keys purged");
    }
  },
});
