import { type DayNumber, daysFromCivil, formatIsoDate, isoWeekday, parseIsoDate } from "./day-number";
import { CalendarInputError } from "./errors";
import type { DayEntry } from "./holidays";

/** One line of a yearly government notice: a swapped day off or a make-up working (Saturday). */
export interface HolidayOverride {
  date: string;
  kind: "extra_day_off" | "working_day";
  /** Vietnamese name shown to users, e.g. "Làm bù cho ngày 02/01". */
  name: string;
  nameEn?: string;
}

const MAX_NAME_LENGTH = 200;
const MAX_OVERRIDES_PER_YEAR = 60;

function checkOverride(value: unknown, path: string, year: number): { dn: DayNumber; o: HolidayOverride } {
  if (typeof value !== "object" || value === null) {
    throw new CalendarInputError(path, `${path} must be an object`);
  }
  const o = value as HolidayOverride;
  const dn = parseIsoDate(o.date, `${path}.date`);
  if (dn < daysFromCivil(year, 1, 1) || dn > daysFromCivil(year, 12, 31)) {
    throw new CalendarInputError(`${path}.date`, `${path}.date ${o.date} is not in ${year}`);
  }
  if (o.kind !== "extra_day_off" && o.kind !== "working_day") {
    throw new CalendarInputError(`${path}.kind`, `${path}.kind must be "extra_day_off" or "working_day"`);
  }
  for (const key of ["name", "nameEn"] as const) {
    const text = o[key];
    const isOptional = key === "nameEn" && text === undefined;
    if (!isOptional && (typeof text !== "string" || text.trim() === "" || text.length > MAX_NAME_LENGTH)) {
      throw new CalendarInputError(
        `${path}.${key}`,
        `${path}.${key} must be 1 to ${MAX_NAME_LENGTH} characters`,
      );
    }
  }
  return { dn, o };
}

/**
 * Validates a year's notices against the statutory days and merges them in. A notice may only
 * change a day's status: it cannot work on a statutory or compensatory holiday, give a day off
 * that is already off, make a normal working day "working", or name one date twice.
 */
export function applyOverrides(
  year: number,
  days: readonly DayEntry[],
  overrides: readonly HolidayOverride[],
  isWeekend: readonly boolean[],
): DayEntry[] {
  if (!Array.isArray(overrides) || overrides.length > MAX_OVERRIDES_PER_YEAR) {
    throw new CalendarInputError(
      "overrides",
      `overrides must be a list of at most ${MAX_OVERRIDES_PER_YEAR} entries`,
    );
  }
  const byDay = new Map<DayNumber, DayEntry>(days.map((d) => [d.dn, d]));
  const seen = new Map<DayNumber, number>();
  const result = [...days];
  overrides.forEach((value, i) => {
    const path = `overrides[${i}]`;
    const { dn, o } = checkOverride(value, path, year);
    const date = formatIsoDate(dn);
    const earlier = seen.get(dn);
    if (earlier !== undefined) {
      throw new CalendarInputError(
        `${path}.date`,
        `${path}.date ${date} is already listed in overrides[${earlier}]`,
      );
    }
    seen.set(dn, i);
    const existing = byDay.get(dn);
    if (existing !== undefined) {
      const verb = o.kind === "working_day" ? "cannot be a working day" : "is already a day off";
      throw new CalendarInputError(`${path}.date`, `${path}.date ${date} ${verb}: it is ${existing.nameEn}`);
    }
    const isRestDay = isWeekend[isoWeekday(dn)] === true;
    if (o.kind === "working_day" && !isRestDay) {
      throw new CalendarInputError(`${path}.date`, `${path}.date ${date} is already a working day`);
    }
    if (o.kind === "extra_day_off" && isRestDay) {
      throw new CalendarInputError(`${path}.date`, `${path}.date ${date} is already a weekly rest day`);
    }
    result.push({
      dn,
      name: o.name,
      nameEn: o.nameEn ?? (o.kind === "working_day" ? "Make-up working day" : "Extra day off"),
      kind: o.kind,
    });
  });
  return result;
}
