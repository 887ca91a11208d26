import type { HolidayNotice, HolidayNoticeInput } from "@danvan/common";
import { generateHolidays, type HolidayOverride } from "@danvan/common/calendar";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { holidayNotices, holidayOverrides } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, invalid, notFound, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canAnywhere } from "../../platform/scope";
import { invalidateCalendars } from "./working-calendars";

export async function listNotices(db: Db, year?: number): Promise<HolidayNotice[]> {
  const notices = await db
    .select()
    .from(holidayNotices)
    .where(year ? eq(holidayNotices.year, year) : undefined)
    .orderBy(asc(holidayNotices.year), asc(holidayNotices.createdAt));
  const days = notices.length
    ? await db
        .select()
        .from(holidayOverrides)
        .where(
          inArray(
            holidayOverrides.noticeId,
            notices.map((n) => n.id),
          ),
        )
        .orderBy(asc(holidayOverrides.date))
    : [];
  return notices.map((n) => ({
    id: n.id,
    year: n.year,
    reference: n.reference,
    title: n.title,
    isActive: n.isActive,
    createdAt: n.createdAt.toISOString(),
    days: days
      .filter((d) => d.noticeId === n.id)
      .map((d) => ({ date: d.date, kind: d.kind as "working_day", name: d.name, nameEn: d.nameEn })),
  }));
}

/**
 * Records a government notice for a year (swapped days off, make-up working Saturdays). The whole year is
 * recomputed with the other active notices first, so a contradiction is refused before anything is saved.
 */
export async function createNotice(ctx: Ctx, input: HolidayNoticeInput) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "calendar.manage"));
  for (const [i, d] of input.days.entries()) {
    if (!d.date.startsWith(`${input.year}-`)) {
      throw invalid(`days.${i}.date`, "noticeWrongYear");
    }
  }
  const result = await withTransaction(ctx, async (tx) => {
    const current = (await listNotices(tx, input.year)).filter((n) => n.isActive).flatMap((n) => n.days);
    const merged: HolidayOverride[] = [
      ...current.map((d) => ({ ...d, kind: d.kind as HolidayOverride["kind"] })),
      ...input.days,
    ];
    const seen = new Map<string, number>();
    for (const [i, d] of input.days.entries()) {
      if (current.some((c) => c.date === d.date) || seen.has(d.date)) {
        throw invalid(`days.${i}.date`, "noticeConflict");
      }
      seen.set(d.date, i);
    }
    try {
      generateHolidays(input.year, { overrides: merged });
    } catch (err) {
      const path = (err as { path?: string }).path ?? "days";
      const m = /(\d+)/.exec(path.replace(/^overrides/, ""));
      const index = m ? Number(m[1]) - current.length : -1;
      throw invalid(index >= 0 ? `days.${index}.date` : "days", "noticeConflict");
    }
    const id = newId();
    const [notice] = await tx
      .insert(holidayNotices)
      .values({ id, year: input.year, reference: input.reference, title: input.title, createdBy: actor.id })
      .returning();
    await tx.insert(holidayOverrides).values(input.days.map((d) => ({ id: newId(), noticeId: id, ...d })));
    await recordAudit(tx, ctx, {
      action: "calendar.create-notice",
      entityType: "holiday_notice",
      entityId: id,
      after: { ...notice, days: input.days },
    });
    return (await listNotices(tx, input.year)).find((n) => n.id === id)!;
  });
  // After the commit: a read in between would otherwise keep the old calendar for CACHE_MS.
  invalidateCalendars();
  return result;
}

/** Withdraws a notice (kept as history); deadlines computed later use the calendar without it. */
export async function retractNotice(ctx: Ctx, id: string, reason: string) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "calendar.manage"));
  const result = await withTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(holidayNotices).where(eq(holidayNotices.id, id));
    if (!before) {
      throw notFound("notice");
    }
    if (!before.isActive) {
      throw precondition("noticeRetracted");
    }
    const [after] = await tx
      .update(holidayNotices)
      .set({ isActive: false })
      .where(and(eq(holidayNotices.id, id), eq(holidayNotices.isActive, true)))
      .returning();
    await recordAudit(tx, ctx, {
      action: "calendar.retract-notice",
      entityType: "holiday_notice",
      entityId: id,
      before,
      after,
      reason,
    });
    return after!;
  });
  // After the commit: a read in between would otherwise keep the old calendar for CACHE_MS.
  invalidateCalendars();
  return result;
}
