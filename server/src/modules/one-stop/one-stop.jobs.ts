import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, queryRows } from "../../db/client";
import { dossierEvents, dossierSteps, dossiers, procedures, roleGrants, units } from "../../db/schema";
import { defineJob } from "../../platform/jobs";
import { notifyStaff } from "../../platform/outbox";
import { addWorkingDays, latestApologyDate } from "./deadlines";
import { RUNNING_STATUSES } from "./dossier.policy";
import { addEvent, type DossierRow, todayVn } from "./internal";

const BATCH = 500;
/** How far ahead appointments are examined: longer procedures are caught on a later run. */
const HORIZON_DAYS = 45;

const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * When the result can be ready if every remaining step uses its whole budget from today: the step in
 * progress ends at its due date (or today when overdue), the steps not begun follow it.
 */
export async function projectedFinish(db: Db, d: DossierRow, today: string): Promise<string> {
  if (d.status === "awaiting_approval") {
    return today;
  }
  if (d.status === "received") {
    const [p] = await db.select().from(procedures).where(eq(procedures.id, d.procedureId));
    const total = (p?.steps ?? []).reduce((s, x) => s + x.days, 0);
    return addWorkingDays(db, d.unitId, today, total);
  }
  const steps = await db
    .select()
    .from(dossierSteps)
    .where(and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.round, d.round)));
  const active = steps.find((s) => s.status === "active");
  const from = active?.dueDate && active.dueDate > today ? active.dueDate : today;
  const rest = steps.filter((s) => s.status === "pending").reduce((s, x) => s + x.budgetDays, 0);
  return addWorkingDays(db, d.unitId, from, rest);
}

/**
 * Finds received dossiers that will miss their appointment, or whose last day to apologise has come,
 * and tells the step's handler and the unit's leaders once per appointment date, so the processing
 * body can send the apology and new appointment in time (NĐ 61/2018 Đ.19 k.9). The `late-alert`
 * timeline entry is the "sent" mark: a restart or a second node never repeats it.
 */
export async function sweepLateDossiers(db: Db, today = todayVn()): Promise<number> {
  const candidates = await db
    .select({ d: dossiers, unitPath: units.path })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(
      and(
        inArray(dossiers.status, RUNNING_STATUSES),
        lte(dossiers.appointmentDate, plusDays(today, HORIZON_DAYS)),
        sql`NOT EXISTS (SELECT 1 FROM ${dossierEvents} e WHERE e.dossier_id = ${dossiers.id}
              AND e.type = 'late-alert' AND e.data->>'due' = ${dossiers.appointmentDate}::text)`,
      ),
    )
    .orderBy(asc(dossiers.appointmentDate))
    .limit(BATCH);
  let sent = 0;
  for (const { d, unitPath } of candidates) {
    const due = d.appointmentDate!;
    const latest = await latestApologyDate(db, d.unitId, due, today);
    const projected = await projectedFinish(db, d, today);
    // A same-day procedure has no day to apologise ahead of: it is alerted only once it is late.
    const lastDayToApologise = d.processingDays > 0 && today >= latest && today <= due;
    if (projected <= due && !lastDayToApologise) {
      continue;
    }
    await db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const [locked] = await tx.select().from(dossiers).where(eq(dossiers.id, d.id)).for("update");
      if (!locked || locked.appointmentDate !== due || !RUNNING_STATUSES.includes(locked.status)) {
        return;
      }
      const leaders = await queryRows<{ staff_id: string }>(
        tx,
        sql`SELECT DISTINCT g.staff_id FROM ${roleGrants} g JOIN ${units} u ON u.id = g.unit_id
            WHERE g.role = 'leader' AND ${unitPath} LIKE u.path || '%'`,
      );
      const people = new Set([
        ...(locked.handlerId ? [locked.handlerId] : []),
        ...leaders.map((l) => l.staff_id),
      ]);
      const canApologise = locked.reappointmentCount === 0 && today <= latest;
      for (const staffId of people) {
        await notifyStaff(tx, staffId, {
          subject: `Hồ sơ ${d.code} có nguy cơ trễ hẹn ${due}`,
          body: canApologise
            ? `Cần gửi phiếu xin lỗi và hẹn lại ngày trả kết quả chậm nhất ngày ${latest}.`
            : `Hồ sơ sẽ trễ hẹn; đã hết thời điểm hoặc đã dùng lần hẹn lại duy nhất.`,
          link: `/onestop/dossiers/${d.id}`,
        });
      }
      await addEvent(tx, locked, null, "late-alert", {
        data: { due, latest, projected, notified: people.size, canApologise },
      });
      sent += 1;
    });
  }
  return sent;
}

export const oneStopLateJob = defineJob({
  id: "onestop.late-sweep",
  cron: "17 * * * *",
  schema: z.object({}).passthrough(),
  handler: async ({ db, log }) => {
    const sent = await sweepLateDossiers(db);
    if (sent) {
      log.info({ sent }, "one-stop late alerts sent");
    }
  },
});
