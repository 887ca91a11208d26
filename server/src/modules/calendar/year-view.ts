import { generateHolidays } from "@danvan/common/calendar";
import type { Db } from "../../db/client";
import { weekendOf, workingCalendar } from "./working-calendars";

/** A year as the calendar page and the public API show it: every holiday, compensatory day and swap. */
export async function yearView(db: Db, year: number, unitId?: string) {
  const weekend = await weekendOf(db, unitId, `${year}-12-31`);
  const calendar = await workingCalendar(db, { weekend, fromYear: Math.max(1900, year - 1), toYear: year });
  const days: { date: string; name: string; nameEn: string; kind: string }[] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const iso = d.toISOString().slice(0, 10);
    const entry = calendar.describeDay(iso);
    if (entry) {
      days.push({ date: iso, name: entry.name, nameEn: entry.nameEn ?? entry.name, kind: entry.kind });
    }
  }
  const workingDays =
    year > 1900
      ? calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)
      : calendar.workingDaysBetween(`${year}-01-01`, `${year}-12-31`) +
        (calendar.isWorkingDay(`${year}-01-01`) ? 1 : 0);
  return { year, weekend, workingDays, days };
}

export { generateHolidays };
