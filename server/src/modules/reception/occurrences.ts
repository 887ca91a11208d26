import type { Recurrence } from "@danvan/common";
import type { WorkingCalendar } from "@danvan/common/calendar";

export type Occurrence = { date: string; shiftedFrom: string | null };

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

function previousWorkingDay(cal: WorkingCalendar, date: string): string {
  let d = addDays(date, -1);
  while (!cal.isWorkingDay(d)) {
    d = addDays(d, -1);
  }
  return d;
}

/** Moves a nominal day off a weekend or holiday as the schedule says ("gặp ngày nghỉ thì chuyển..."). */
function shifted(cal: WorkingCalendar, nominal: string, shift: Recurrence["shift"]): Occurrence | null {
  if (cal.isWorkingDay(nominal)) {
    return { date: nominal, shiftedFrom: null };
  }
  if (shift === "skip") {
    return null;
  }
  const date = shift === "next_working_day" ? cal.nextWorkingDay(nominal) : previousWorkingDay(cal, nominal);
  return { date, shiftedFrom: nominal };
}

function nominalDays(r: Recurrence, from: string, to: string): string[] {
  const out: string[] = [];
  if (r.type === "monthly") {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    while (iso(y, m, 1) <= to) {
      for (const d of r.days) {
        // Day 31 in a 30-day month means the month's last day.
        out.push(iso(y, m, Math.min(d, daysIn(y, m))));
      }
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return out;
  }
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (r.weekdays.includes(weekdayOf(d))) {
      out.push(d);
    }
  }
  return out;
}

/**
 * The reception days of a recurrence in [from, to], each on a working day of the unit's calendar.
 * Nominal days are taken from a margin around the range, so a day shifted into the range is kept.
 */
export function occurrencesOf(
  r: Recurrence,
  cal: WorkingCalendar,
  range: { from: string; to: string; validFrom: string; validTo: string | null },
): Occurrence[] {
  const start = [range.from, range.validFrom].sort()[1]!;
  const end = range.validTo && range.validTo < range.to ? range.validTo : range.to;
  if (start > end) {
    return [];
  }
  const seen = new Map<string, Occurrence>();
  for (const nominal of nominalDays(r, addDays(start, -31), addDays(end, 31))) {
    if (nominal < range.validFrom || (range.validTo && nominal > range.validTo)) {
      continue;
    }
    const occ = shifted(cal, nominal, r.shift);
    if (occ && occ.date >= start && occ.date <= end && !seen.has(occ.date)) {
      seen.set(occ.date, occ);
    }
  }
  return [...seen.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** Calendar periods (months or ISO weeks) lying wholly inside [from, to], for the frequency check. */
export function wholePeriods(per: "week" | "month", from: string, to: string) {
  const out: { key: string; from: string; to: string }[] = [];
  if (per === "month") {
    let y = Number(from.slice(0, 4));
    let m = Number(from.slice(5, 7));
    for (;;) {
      const first = iso(y, m, 1);
      const last = iso(y, m, daysIn(y, m));
      if (last > to) {
        break;
      }
      if (first >= from) {
        out.push({ key: first.slice(0, 7), from: first, to: last });
      }
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
    }
    return out;
  }
  let monday = addDays(from, (8 - weekdayOf(from)) % 7);
  while (addDays(monday, 6) <= to) {
    out.push({ key: monday, from: monday, to: addDays(monday, 6) });
    monday = addDays(monday, 7);
  }
  return out;
}
