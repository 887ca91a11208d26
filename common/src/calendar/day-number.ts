import { CalendarInputError, CalendarRangeError } from "./errors";

/** Days since 1970-01-01 (proleptic Gregorian). Every calendar computation runs on these integers. */
export type DayNumber = number;

export const MIN_ISO_DATE = "1900-01-01";
export const MAX_ISO_DATE = "2100-12-31";

/** Day number of a valid Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(dn: DayNumber): CivilDate {
  const z = dn + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const MIN_DAY: DayNumber = daysFromCivil(1900, 1, 1);
export const MAX_DAY: DayNumber = daysFromCivil(2100, 12, 31);

/** Julian Day Number (the integer JD at noon) of a day number. */
export function julianDayNumber(dn: DayNumber): number {
  return dn + 2440588;
}

export function dayNumberFromJdn(jdn: number): DayNumber {
  return jdn - 2440588;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dn: DayNumber): number {
  return ((((dn + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Parses 'YYYY-MM-DD' into a day number, or returns undefined when the text is not a real date. */
export function tryParseIsoDate(value: string): DayNumber | undefined {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return daysFromCivil(year, month, day);
}

/**
 * Parses a date field of an input, throwing CalendarInputError (bad text) or CalendarRangeError
 * (outside `min..max`, by default the engine's 1900-01-01..2100-12-31).
 */
export function parseIsoDate(value: unknown, path: string, min = MIN_DAY, max = MAX_DAY): DayNumber {
  if (typeof value !== "string") {
    throw new CalendarInputError(path, `${path} must be a date string YYYY-MM-DD`);
  }
  const dn = tryParseIsoDate(value);
  if (dn === undefined) {
    throw new CalendarInputError(path, `${path} "${value.slice(0, 40)}" is not a valid date YYYY-MM-DD`);
  }
  if (dn < min || dn > max) {
    throw new CalendarRangeError(path, value, formatIsoDate(min), formatIsoDate(max));
  }
  return dn;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

export function formatIsoDate(dn: DayNumber): string {
  const { year, month, day } = civilFromDays(dn);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** dd/MM/yyyy, the form used in Vietnamese official documents. */
export function formatVnDate(dn: DayNumber): string {
  const { year, month, day } = civilFromDays(dn);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
