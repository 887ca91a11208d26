import { type DayNumber, daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate } from "./day-number";
import { CalendarInputError, CalendarRangeError } from "./errors";
import { applyOverrides, type HolidayOverride } from "./holiday-overrides";
import { dayOfLunarDate } from "./lunar";
import { DEFAULT_WEEKEND, weekendLookup } from "./weekend";

export type { HolidayOverride } from "./holiday-overrides";

export type CalendarDayKind = "holiday" | "compensatory" | "extra_day_off" | "working_day";

export interface CalendarDay {
  date: string;
  name: string;
  nameEn: string;
  kind: CalendarDayKind;
}

export interface HolidayYear {
  year: number;
  days: CalendarDay[];
}

/** Choices the Prime Minister makes each year inside Labour Code 45/2019 Art. 112. */
export interface StatutoryChoices {
  /** The 5 Tết days; default: the last day of the lunar year and lunar 1..4 of month 1. */
  tetDays?: readonly string[];
  /** Which day next to 02/09 is the second National Day holiday (from 2021); default "before" (01/09). */
  nationalDayAdjacent?: "before" | "after";
}

export interface HolidayOptions extends StatutoryChoices {
  /** ISO weekdays of the weekly rest days; default [6, 7]. */
  weekend?: readonly number[];
  /** The year's government notices: extra days off and make-up working days. */
  overrides?: readonly HolidayOverride[];
}

/** A day entry on day numbers, as the working calendar consumes it. */
export interface DayEntry {
  dn: DayNumber;
  name: string;
  nameEn: string;
  kind: CalendarDayKind;
}

export const MIN_HOLIDAY_YEAR = 1900;
export const MAX_HOLIDAY_YEAR = 2100;
const TET_CHOICE_WINDOW = 10;

function checkYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw new CalendarInputError("year", "year must be an integer");
  }
  if (year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
    throw new CalendarRangeError("year", String(year), String(MIN_HOLIDAY_YEAR), String(MAX_HOLIDAY_YEAR));
  }
  return year;
}

function tetDayNumbers(year: number, tetDays: readonly string[] | undefined): DayNumber[] {
  const tet = dayOfLunarDate({ day: 1, month: 1, year });
  if (tetDays === undefined) {
    return [tet - 1, tet, tet + 1, tet + 2, tet + 3];
  }
  if (!Array.isArray(tetDays) || tetDays.length !== 5) {
    throw new CalendarInputError(
      "tetDays",
      "tetDays must list exactly 5 dates (Labour Code 45/2019 Art. 112)",
    );
  }
  const days = tetDays.map((value, i) => parseIsoDate(value, `tetDays[${i}]`));
  days.forEach((dn, i) => {
    if (Math.abs(dn - tet) > TET_CHOICE_WINDOW) {
      throw new CalendarInputError(
        `tetDays[${i}]`,
        `tetDays[${i}] must be within ${TET_CHOICE_WINDOW} days of Tết`,
      );
    }
    if (days.indexOf(dn) !== i) {
      throw new CalendarInputError(`tetDays[${i}]`, `tetDays[${i}] repeats ${formatIsoDate(dn)}`);
    }
  });
  return days;
}

function nationalDays(year: number, adjacent: StatutoryChoices["nationalDayAdjacent"]): DayNumber[] {
  const sep2 = daysFromCivil(year, 9, 2);
  // Labour Code 45/2019 Art. 112(1)(đ), in force 2021-01-01, added one day next to 02/09.
  if (year < 2021) {
    if (adjacent !== undefined) {
      throw new CalendarInputError("nationalDayAdjacent", "National Day has a second day only from 2021");
    }
    return [sep2];
  }
  if (adjacent !== undefined && adjacent !== "before" && adjacent !== "after") {
    throw new CalendarInputError("nationalDayAdjacent", 'nationalDayAdjacent must be "before" or "after"');
  }
  return adjacent === "after" ? [sep2, sep2 + 1] : [sep2 - 1, sep2];
}

/** Statutory holidays of Labour Code 45/2019 Art. 112(1); two holidays on one date share one entry. */
function statutoryHolidays(year: number, choices: StatutoryChoices): DayEntry[] {
  const raw: Array<[DayNumber, string, string]> = [
    [daysFromCivil(year, 1, 1), "Tết Dương lịch", "New Year's Day"],
    ...tetDayNumbers(year, choices.tetDays).map((dn): [DayNumber, string, string] => [
      dn,
      "Tết Âm lịch",
      "Lunar New Year (Tết)",
    ]),
    [dayOfLunarDate({ day: 10, month: 3, year }), "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"],
    [daysFromCivil(year, 4, 30), "Ngày Chiến thắng", "Reunification Day"],
    [daysFromCivil(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day"],
    ...nationalDays(year, choices.nationalDayAdjacent).map((dn): [DayNumber, string, string] => [
      dn,
      "Quốc khánh",
      "National Day",
    ]),
  ];
  raw.sort((a, b) => a[0] - b[0]);
  const entries: DayEntry[] = [];
  for (const [dn, name, nameEn] of raw) {
    const last = entries[entries.length - 1];
    if (last !== undefined && last.dn === dn) {
      last.name = `${last.name}; ${name}`;
      last.nameEn = `${last.nameEn}; ${nameEn}`;
    } else {
      entries.push({ dn, name, nameEn, kind: "holiday" });
    }
  }
  return entries;
}

/** Labour Code 45/2019 Art. 111(3): a holiday on a weekly rest day gives the next working day off. */
function compensatoryDays(holidays: readonly DayEntry[], isWeekend: readonly boolean[]): DayEntry[] {
  const taken = new Set(holidays.map((h) => h.dn));
  const result: DayEntry[] = [];
  for (const holiday of holidays) {
    if (!isWeekend[isoWeekday(holiday.dn)]) {
      continue;
    }
    let dn = holiday.dn + 1;
    while (isWeekend[isoWeekday(dn)] || taken.has(dn)) {
      dn += 1;
    }
    taken.add(dn);
    result.push({
      dn,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `Compensatory day off for ${holiday.nameEn}`,
      kind: "compensatory",
    });
  }
  return result;
}

/** The year's non-working days and make-up working days on day numbers, sorted by date. */
export function holidayEntries(year: number, options: HolidayOptions = {}): DayEntry[] {
  checkYear(year);
  const isWeekend = weekendLookup(options.weekend ?? DEFAULT_WEEKEND);
  const holidays = statutoryHolidays(year, options);
  const days = [...holidays, ...compensatoryDays(holidays, isWeekend)];
  const all = applyOverrides(year, days, options.overrides ?? [], isWeekend);
  return all.sort((a, b) => a.dn - b.dn);
}

/**
 * Generates a year's official days off (Labour Code 45/2019 Art. 111–112) with compensatory days,
 * then applies the year's government notices (`overrides`).
 */
export function generateHolidays(year: number, options: HolidayOptions = {}): HolidayYear {
  return {
    year,
    days: holidayEntries(year, options).map((e) => ({
      date: formatIsoDate(e.dn),
      name: e.name,
      nameEn: e.nameEn,
      kind: e.kind,
    })),
  };
}
