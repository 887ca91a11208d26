import {
  type DayNumber,
  daysFromCivil,
  formatIsoDate,
  formatVnDate,
  isoWeekday,
  parseIsoDate,
} from "./day-number";
import { CalendarInputError, CalendarRangeError } from "./errors";
import {
  type CalendarDay,
  type DayEntry,
  type HolidayOverride,
  holidayEntries,
  MAX_HOLIDAY_YEAR,
  MIN_HOLIDAY_YEAR,
  type StatutoryChoices,
} from "./holidays";
import { DEFAULT_WEEKEND, weekendLookup } from "./weekend";

export interface WorkingCalendarOptions {
  fromYear: number;
  toYear: number;
  /** ISO weekdays of the weekly rest days; default [6, 7] (Saturday, Sunday). */
  weekend?: readonly number[];
  /** Yearly government notices (swapped days off, make-up working Saturdays), keyed by year. */
  overridesByYear?: Readonly<Record<number, readonly HolidayOverride[]>>;
  /** The Prime Minister's yearly choices of the Tết days and the second National Day, keyed by year. */
  choicesByYear?: Readonly<Record<number, StatutoryChoices>>;
  /**
   * Weekdays (usually 6) on which a one-stop shop opens for half a day. Reported by `isHalfDay`
   * only: they never count as working days for deadlines.
   */
  halfDayWeekdays?: readonly number[];
}

/** The day-number form of the calendar, for hot loops and the deadline engine. No validation. */
export interface WorkingCalendarDays {
  readonly first: DayNumber;
  readonly last: DayNumber;
  isWorkingDay(dn: DayNumber): boolean;
  /** The n-th working day after `dn` (before it when n < 0); `dn` itself when n = 0. */
  addWorkingDays(dn: DayNumber, n: number): DayNumber;
  /** Working days in (a, b]; negative when b < a. */
  workingDaysBetween(a: DayNumber, b: DayNumber): number;
  /** `dn` if it is a working day, else the next working day. */
  rollForward(dn: DayNumber): DayNumber;
  entry(dn: DayNumber): DayEntry | undefined;
  /** Special days (holidays, compensatory, extra days off, make-up days) in (a, b], sorted. */
  entriesBetween(a: DayNumber, b: DayNumber): DayEntry[];
  format(dn: DayNumber): string;
  /** dd/MM/yyyy. */
  formatVn(dn: DayNumber): string;
  parse(date: unknown, path: string): DayNumber;
}

export interface WorkingCalendar {
  readonly range: { from: string; to: string };
  readonly weekend: readonly number[];
  readonly days: WorkingCalendarDays;
  isWorkingDay(date: string): boolean;
  isHalfDay(date: string): boolean;
  /** The n-th working day after `from` (counting starts the next day); `from` itself when n = 0. */
  addWorkingDays(from: string, n: number): string;
  addCalendarDays(from: string, n: number): string;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string;
  /** Working days in (a, b]: from the day after `a` up to and including `b`; negative when b < a. */
  workingDaysBetween(a: string, b: string): number;
  /** The holiday, compensatory day, extra day off or make-up working day on `date`, if any. */
  describeDay(date: string): CalendarDay | undefined;
  /** Every special day of the range, sorted by date. */
  listDays(): CalendarDay[];
}

function checkYear(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new CalendarInputError(path, `${path} must be an integer year`);
  }
  if (value < MIN_HOLIDAY_YEAR || value > MAX_HOLIDAY_YEAR) {
    throw new CalendarRangeError(path, String(value), String(MIN_HOLIDAY_YEAR), String(MAX_HOLIDAY_YEAR));
  }
  return value;
}

function checkKeys(record: object | undefined, path: string, fromYear: number, toYear: number): void {
  for (const key of Object.keys(record ?? {})) {
    const year = Number(key);
    if (!Number.isInteger(year) || year < fromYear || year > toYear) {
      throw new CalendarInputError(
        `${path}.${key}`,
        `${path}.${key} is not a year in ${fromYear}..${toYear}`,
      );
    }
  }
}

/** Re-roots a holidays error path under the option it came from (`overridesByYear.2026[0].date`). */
function rethrowForYear(error: unknown, year: number): never {
  if (!(error instanceof CalendarInputError)) {
    throw error;
  }
  const path = error.path.startsWith("overrides")
    ? `overridesByYear.${year}${error.path.slice("overrides".length)}`
    : `choicesByYear.${year}.${error.path}`;
  const message = error.message.replace(error.path, path);
  if (error instanceof CalendarRangeError) {
    throw new CalendarRangeError(path, "", error.min, error.max, message);
  }
  throw new CalendarInputError(path, message);
}

function checkCount(n: unknown, path: string, limit: number): number {
  if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > limit) {
    throw new CalendarInputError(path, `${path} must be an integer between -${limit} and ${limit}`);
  }
  return n;
}

/**
 * Builds a working calendar for whole years: weekly rest days, statutory holidays with their
 * compensatory days, and yearly notices, precomputed so that each query is O(1).
 */
export function buildWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const fromYear = checkYear(options.fromYear, "fromYear");
  const toYear = checkYear(options.toYear, "toYear");
  if (toYear < fromYear) {
    throw new CalendarInputError("toYear", "toYear must not be before fromYear");
  }
  checkKeys(options.overridesByYear, "overridesByYear", fromYear, toYear);
  checkKeys(options.choicesByYear, "choicesByYear", fromYear, toYear);
  const weekend = options.weekend ?? DEFAULT_WEEKEND;
  const isWeekend = weekendLookup(weekend);
  const isHalfWeekday = weekendLookup(options.halfDayWeekdays ?? [], "halfDayWeekdays");

  const first = daysFromCivil(fromYear, 1, 1);
  const last = daysFromCivil(toYear, 12, 31);
  const size = last - first + 1;
  const working = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    working[i] = isWeekend[isoWeekday(first + i)] ? 0 : 1;
  }
  const entries = new Map<DayNumber, DayEntry>();
  for (let year = fromYear; year <= toYear; year++) {
    let yearEntries: DayEntry[] = [];
    try {
      yearEntries = holidayEntries(year, {
        ...options.choicesByYear?.[year],
        weekend,
        overrides: options.overridesByYear?.[year] ?? [],
      });
    } catch (error) {
      rethrowForYear(error, year);
    }
    for (const e of yearEntries) {
      entries.set(e.dn, Object.freeze(e));
      working[e.dn - first] = e.kind === "working_day" ? 1 : 0;
    }
  }
  // rank[i] = working days before index i; position[r] = index of the r-th working day.
  const rank = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    rank[i + 1] = (rank[i] ?? 0) + (working[i] ?? 0);
  }
  const total = rank[size] ?? 0;
  const position = new Int32Array(total);
  for (let i = 0, r = 0; i < size; i++) {
    if (working[i] === 1) {
      position[r++] = i;
    }
  }
  const sortedEntries = [...entries.values()].sort((a, b) => a.dn - b.dn);
  const entryDays = Int32Array.from(sortedEntries.map((e) => e.dn));
  /** Index of the first entry after `dn`. */
  const entryIndexAfter = (dn: DayNumber): number => {
    let lo = 0;
    let hi = entryDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((entryDays[mid] ?? 0) <= dn) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  const minText = formatIsoDate(first);
  const maxText = formatIsoDate(last);
  const isoCache: Array<string | undefined> = new Array(size);
  const vnCache: Array<string | undefined> = new Array(size);
  const cached = (
    cache: Array<string | undefined>,
    dn: DayNumber,
    make: (dn: DayNumber) => string,
  ): string => {
    const i = dn - first;
    let text = cache[i];
    if (text === undefined) {
      text = make(dn);
      if (i >= 0 && i < size) {
        cache[i] = text;
      }
    }
    return text;
  };

  const days: WorkingCalendarDays = {
    first,
    last,
    isWorkingDay: (dn) => working[dn - first] === 1,
    addWorkingDays(dn, n) {
      if (n === 0) {
        return dn;
      }
      const target = (n > 0 ? (rank[dn - first + 1] ?? 0) : (rank[dn - first] ?? 0)) + n - (n > 0 ? 1 : 0);
      if (target < 0 || target >= total) {
        const message = `adding ${n} working days to ${days.format(dn)} leaves the calendar range ${minText}..${maxText}`;
        throw new CalendarRangeError("n", String(n), minText, maxText, message);
      }
      return first + (position[target] ?? 0);
    },
    workingDaysBetween: (a, b) => (rank[b - first + 1] ?? 0) - (rank[a - first + 1] ?? 0),
    rollForward: (dn) => (working[dn - first] === 1 ? dn : days.addWorkingDays(dn, 1)),
    entry: (dn) => entries.get(dn),
    entriesBetween: (a, b) => sortedEntries.slice(entryIndexAfter(a), entryIndexAfter(b)),
    format: (dn) => cached(isoCache, dn, formatIsoDate),
    formatVn: (dn) => cached(vnCache, dn, formatVnDate),
    parse: (date, path) => parseIsoDate(date, path, first, last),
  };

  const toCalendarDay = (e: DayEntry): CalendarDay => ({
    date: days.format(e.dn),
    name: e.name,
    nameEn: e.nameEn,
    kind: e.kind,
  });
  const inRange = (dn: DayNumber, path: string): DayNumber => {
    if (dn < first || dn > last) {
      throw new CalendarRangeError(path, formatIsoDate(dn), minText, maxText);
    }
    return dn;
  };

  return {
    range: { from: minText, to: maxText },
    weekend: [...weekend],
    days,
    isWorkingDay: (date) => days.isWorkingDay(days.parse(date, "date")),
    isHalfDay(date) {
      const dn = days.parse(date, "date");
      return isHalfWeekday[isoWeekday(dn)] === true && entries.get(dn) === undefined;
    },
    addWorkingDays: (from, n) =>
      days.format(days.addWorkingDays(days.parse(from, "from"), checkCount(n, "n", size))),
    addCalendarDays: (from, n) =>
      days.format(inRange(days.parse(from, "from") + checkCount(n, "n", size), "n")),
    nextWorkingDay: (date) => days.format(days.addWorkingDays(days.parse(date, "date"), 1)),
    workingDaysBetween: (a, b) => days.workingDaysBetween(days.parse(a, "a"), days.parse(b, "b")),
    describeDay(date) {
      const e = entries.get(days.parse(date, "date"));
      return e === undefined ? undefined : toCalendarDay(e);
    },
    listDays: () => sortedEntries.map(toCalendarDay),
  };
}
