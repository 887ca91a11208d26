// Vietnamese lunisolar calendar, following the method Hồ Ngọc Đức describes in "Âm lịch Việt Nam"
// (written from the description, not his code): months start on the local day of the new moon at
// UTC+7, month 11 contains the winter solstice, and in a 13-month year the first month with no
// major solar term (trung khí) is the leap month. UTC+7 is why Tết 1968 and 1985 differ from China.
// Checked day by day for 1900–2100 against a higher-precision ephemeris: 5 month boundaries differ,
// each with a new moon or solar term within 1.5 min of local midnight; none moves Tết or Giỗ Tổ.
import { lunationNear, newMoonJde, sunApparentLongitude, ttToUt, utToTt } from "./astronomy";
import {
  type DayNumber,
  dayNumberFromJdn,
  daysFromCivil,
  formatIsoDate,
  julianDayNumber,
  MAX_DAY,
  MAX_ISO_DATE,
  MIN_DAY,
  MIN_ISO_DATE,
  parseIsoDate,
} from "./day-number";
import { CalendarInputError, CalendarRangeError } from "./errors";

const TIME_ZONE_HOURS = 7;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** A lunar date as input; `leap` defaults to false. */
export interface LunarDateInput {
  day: number;
  month: number;
  year: number;
  leap?: boolean;
}

/** Local (UTC+7) day on which new moon k falls. */
const newMoonDays = new Map<number, DayNumber>();

function newMoonDay(k: number): DayNumber {
  let dn = newMoonDays.get(k);
  if (dn === undefined) {
    const jdUt = ttToUt(newMoonJde(k));
    dn = dayNumberFromJdn(Math.floor(jdUt + 0.5 + TIME_ZONE_HOURS / 24));
    newMoonDays.set(k, dn);
  }
  return dn;
}

/** Which 30° sector of ecliptic longitude the Sun is in at local midnight starting a day (0 = spring equinox). */
function sunSectorAtDayStart(dn: DayNumber): number {
  const jdUt = julianDayNumber(dn) - 0.5 - TIME_ZONE_HOURS / 24;
  return Math.floor(sunApparentLongitude(utToTt(jdUt)) / 30);
}

/** Lunation index of month 11 of the sui ending in December of a Gregorian year (contains the solstice). */
function month11Lunation(year: number): number {
  const dec31 = julianDayNumber(daysFromCivil(year, 12, 31));
  let k = lunationNear(dec31);
  while (newMoonDay(k) > daysFromCivil(year, 12, 31)) {
    k -= 1;
  }
  // Sector 9 starts at 270°, the winter solstice: if it was reached before the day began, the
  // solstice lies in the previous month.
  return sunSectorAtDayStart(newMoonDay(k)) >= 9 ? k - 1 : k;
}

interface MonthTable {
  /** start[i] is the first day of month i; start[count] closes the last month. */
  start: Int32Array;
  month: Uint8Array;
  leap: Uint8Array;
  year: Int16Array;
  indexByKey: Map<number, number>;
}

function monthKey(year: number, month: number, leap: boolean): number {
  return year * 32 + month * 2 + (leap ? 1 : 0);
}

function buildMonthTable(): MonthTable {
  const starts: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  const years: number[] = [];
  let kA = month11Lunation(1899);
  for (let sui = 1900; sui <= 2101; sui++) {
    const kB = month11Lunation(sui);
    const count = kB - kA;
    let leapAt = -1;
    if (count === 13) {
      for (let i = 1; i <= 12; i++) {
        if (sunSectorAtDayStart(newMoonDay(kA + i)) === sunSectorAtDayStart(newMoonDay(kA + i + 1))) {
          leapAt = i;
          break;
        }
      }
    }
    for (let i = 0; i < count; i++) {
      const ordinal = leapAt !== -1 && i >= leapAt ? i - 1 : i;
      const month = ((10 + ordinal) % 12) + 1;
      starts.push(newMoonDay(kA + i));
      months.push(month);
      leaps.push(i === leapAt ? 1 : 0);
      years.push(month >= 11 ? sui - 1 : sui);
    }
    kA = kB;
  }
  starts.push(newMoonDay(kA));
  const indexByKey = new Map<number, number>();
  for (let i = 0; i < months.length; i++) {
    indexByKey.set(monthKey(years[i] ?? 0, months[i] ?? 0, leaps[i] === 1), i);
  }
  return {
    start: Int32Array.from(starts),
    month: Uint8Array.from(months),
    leap: Uint8Array.from(leaps),
    year: Int16Array.from(years),
    indexByKey,
  };
}

let table: MonthTable | undefined;

function monthTable(): MonthTable {
  if (table === undefined) {
    table = buildMonthTable();
    newMoonDays.clear();
  }
  return table;
}

function monthIndexOfDay(t: MonthTable, dn: DayNumber): number {
  let lo = 0;
  let hi = t.month.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((t.start[mid] ?? 0) <= dn) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

/** Lunar date of a day number within 1900-01-01..2100-12-31 (no validation). */
export function lunarDateOfDay(dn: DayNumber): LunarDate {
  const t = monthTable();
  const i = monthIndexOfDay(t, dn);
  return {
    day: dn - (t.start[i] ?? 0) + 1,
    month: t.month[i] ?? 0,
    year: t.year[i] ?? 0,
    leap: t.leap[i] === 1,
  };
}

/** Converts a Gregorian date 'YYYY-MM-DD' (1900-01-01..2100-12-31) to the Vietnamese lunar date. */
export function solarToLunar(date: string): LunarDate {
  return lunarDateOfDay(parseIsoDate(date, "date"));
}

function checkInteger(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new CalendarInputError(path, `${path} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** Day number of a lunar date; throws on a day or leap month that does not exist in that year. */
export function dayOfLunarDate(input: LunarDateInput): DayNumber {
  const year = checkInteger(input.year, "year", -9999, 9999);
  const month = checkInteger(input.month, "month", 1, 12);
  const day = checkInteger(input.day, "day", 1, 30);
  if (input.leap !== undefined && typeof input.leap !== "boolean") {
    throw new CalendarInputError("leap", "leap must be a boolean");
  }
  const leap = input.leap === true;
  const text = `${day}/${month}${leap ? " (leap)" : ""}/${year}`;
  const t = monthTable();
  const i = t.indexByKey.get(monthKey(year, month, leap));
  if (i === undefined) {
    if (!leap || year <= 1899 || year > 2100) {
      throw new CalendarRangeError("year", `lunar ${text}`, MIN_ISO_DATE, MAX_ISO_DATE);
    }
    throw new CalendarInputError("leap", `lunar year ${year} has no leap month ${month}`);
  }
  const first = t.start[i] ?? 0;
  const length = (t.start[i + 1] ?? 0) - first;
  if (day > length) {
    throw new CalendarInputError("day", `lunar month ${month}/${year} has only ${length} days`);
  }
  const dn = first + day - 1;
  if (dn < MIN_DAY || dn > MAX_DAY) {
    throw new CalendarRangeError("year", `lunar ${text}`, MIN_ISO_DATE, MAX_ISO_DATE);
  }
  return dn;
}

/** Converts a Vietnamese lunar date to 'YYYY-MM-DD'; the result must fall in 1900-01-01..2100-12-31. */
export function lunarToSolar(input: LunarDateInput): string {
  return formatIsoDate(dayOfLunarDate(input));
}

/** The leap month of a lunar year (its number; the leap month follows the normal one), or null. */
export function leapMonthOf(year: number): number | null {
  const t = monthTable();
  for (let month = 1; month <= 12; month++) {
    if (t.indexByKey.has(monthKey(year, month, true))) {
      return month;
    }
  }
  return null;
}
