import type { Db } from "../../db/client";
import { weekendOf, workingCalendar } from "../calendar/working-calendars";

/**
 * Working days from today to each open task's due date on its unit's calendar (the unit's weekend and
 * the year's holiday notices): negative when overdue. One calendar per weekend pattern for the whole page.
 */
export async function workingDaysLeft(
  db: Db,
  rows: { id: string; unitId: string; dueDate: string; open: boolean }[],
  today: string,
): Promise<Map<string, number>> {
  const open = rows.filter((r) => r.open);
  const out = new Map<string, number>();
  if (open.length === 0) {
    return out;
  }
  const years = [today, ...open.map((r) => r.dueDate)].map((d) => Number(d.slice(0, 4)));
  const fromYear = Math.min(...years) - 1;
  const toYear = Math.max(...years) + 1;
  const weekends = new Map<string, number[]>();
  for (const unitId of new Set(open.map((r) => r.unitId))) {
    weekends.set(unitId, await weekendOf(db, unitId, today));
  }
  for (const r of open) {
    const weekend = weekends.get(r.unitId);
    const calendar = await workingCalendar(db, { weekend, fromYear, toYear });
    out.set(r.id, calendar.workingDaysBetween(today, r.dueDate));
  }
  return out;
}
