import {
  buildWorkingCalendar,
  generateHolidays,
  type HolidayOverride,
  type WorkingCalendar,
} from "@danvan/common/calendar";
import { and, desc, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { referenceCache } from "../../db/reference-cache";
import { holidayNotices, holidayOverrides, units, unitWeekends } from "../../db/schema";

const DEFAULT_WEEKEND = [6, 7];
const CACHE_MS = 30_000;

type Entry = { at: number; calendar: WorkingCalendar };
const cache = new Map<string, Entry>();
let generation = 0;

/** Drops cached calendars after a notice or weekend change (other nodes refresh within CACHE_MS). */
export function invalidateCalendars() {
  generation += 1;
  cache.clear();
  weekends.invalidate();
}

/** A unit by id, or its row when the caller already has it (saves reading its path again). */
export type UnitRef = string | { id: string; path: string } | undefined;

const weekends = referenceCache<number[]>();

/** The weekly rest days in force for a unit: its own setting, else the nearest ancestor's, else Sat–Sun. */
export async function weekendOf(db: Db, unitRef: UnitRef, onDate: string): Promise<number[]> {
  if (!unitRef) {
    return DEFAULT_WEEKEND;
  }
  const id = typeof unitRef === "string" ? unitRef : unitRef.id;
  return weekends.get(db, `${id}|${onDate}`, () => readWeekend(db, unitRef, onDate));
}

async function readWeekend(db: Db, unitRef: string | { id: string; path: string }, onDate: string) {
  const [unit] =
    typeof unitRef === "string"
      ? await db.select({ path: units.path }).from(units).where(eq(units.id, unitRef))
      : [unitRef];
  if (!unit) {
    return DEFAULT_WEEKEND;
  }
  const chain = unit.path.split("/").filter(Boolean).reverse();
  const rows = await db
    .select()
    .from(unitWeekends)
    .where(and(inArray(unitWeekends.unitId, chain), lte(unitWeekends.effectiveFrom, onDate)))
    .orderBy(desc(unitWeekends.effectiveFrom));
  for (const id of chain) {
    const hit = rows.find((r) => r.unitId === id);
    if (hit) {
      return hit.weekend;
    }
  }
  return DEFAULT_WEEKEND;
}

async function overridesFor(db: Db, fromYear: number, toYear: number) {
  const rows = await db
    .select({
      year: holidayNotices.year,
      date: holidayOverrides.date,
      kind: holidayOverrides.kind,
      name: holidayOverrides.name,
      nameEn: holidayOverrides.nameEn,
    })
    .from(holidayOverrides)
    .innerJoin(holidayNotices, eq(holidayNotices.id, holidayOverrides.noticeId))
    .where(eq(holidayNotices.isActive, true));
  const byYear: Record<number, HolidayOverride[]> = {};
  for (const r of rows) {
    if (r.year >= fromYear && r.year <= toYear) {
      const list = byYear[r.year] ?? [];
      byYear[r.year] = list;
      list.push({
        date: r.date,
        kind: r.kind as HolidayOverride["kind"],
        name: r.name,
        nameEn: r.nameEn,
      });
    }
  }
  return byYear;
}

const isoWeekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;

/**
 * Notices are written for the Saturday–Sunday week. For a unit with another weekend, a make-up day it
 * already works, a day off it already has, or a day that is a holiday for its weekend does not apply
 * (the engine would otherwise reject the whole year and every deadline of the unit).
 */
function overridesForWeekend(byYear: Record<number, HolidayOverride[]>, weekend: number[]) {
  if (weekend.join(",") === DEFAULT_WEEKEND.join(",")) {
    return byYear;
  }
  const result: Record<number, HolidayOverride[]> = {};
  for (const [key, list] of Object.entries(byYear)) {
    const year = Number(key);
    const statutory = new Set(generateHolidays(year, { weekend }).days.map((d) => d.date));
    result[year] = list.filter((o) => {
      const isRestDay = weekend.includes(isoWeekdayOf(o.date));
      return !statutory.has(o.date) && (o.kind === "working_day" ? isRestDay : !isRestDay);
    });
  }
  return result;
}

/**
 * The working calendar for a weekend pattern over [fromYear, toYear], with every active yearly notice.
 * Calendars are cached per process for a short time: building one is cheap but not free.
 */
export async function workingCalendar(
  db: Db,
  opts: { weekend?: number[]; fromYear: number; toYear: number },
): Promise<WorkingCalendar> {
  const weekend = opts.weekend ?? DEFAULT_WEEKEND;
  const fromYear = Math.max(1900, opts.fromYear);
  const toYear = Math.min(2100, opts.toYear);
  const key = `${generation}:${weekend.join(",")}:${fromYear}:${toYear}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) {
    return hit.calendar;
  }
  const calendar = buildWorkingCalendar({
    fromYear,
    toYear,
    weekend,
    overridesByYear: overridesForWeekend(await overridesFor(db, fromYear, toYear), weekend),
  });
  if (cache.size > 50) {
    cache.clear();
  }
  cache.set(key, { at: Date.now(), calendar });
  return calendar;
}

/** A calendar wide enough for a deadline of `amount` days starting on `start`. */
export async function calendarForDeadline(db: Db, unit: UnitRef, start: string, amount: number) {
  const year = Number(start.slice(0, 4));
  const spanYears = Math.ceil((amount * 2 + 400) / 365);
  const weekend = await weekendOf(db, unit, start);
  return workingCalendar(db, { weekend, fromYear: year - 1, toYear: year + spanYears });
}
