/**
 * A half-open range [gte, lt) of rollup rows of one grain, added (sign 1) or taken away (sign -1); a
 * missing bound is open.
 */
export type RollupPart = { grain: "day" | "month"; gte: string | null; lt: string | null; sign: 1 | -1 };

const DAY_MS = 86_400_000;

function ms(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

const daysBetween = (gte: string, lt: string): number => Math.round((ms(lt) - ms(gte)) / DAY_MS);

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;
export const nextDay = (date: string): string => iso(ms(date) + DAY_MS);

function nextMonthStart(date: string): string {
  const d = new Date(ms(monthStart(date)));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

const day = (gte: string, lt: string, sign: 1 | -1): RollupPart => ({ grain: "day", gte, lt, sign });
const month = (gte: string | null, lt: string | null): RollupPart => ({ grain: "month", gte, lt, sign: 1 });

/**
 * Splits the inclusive day range [from, to] into monthly and daily rows that count every day once. A
 * partial month at an edge is read from whichever side has fewer days: its own days, or the whole month
 * less the days outside the range. A "last 12 months" read thus takes 13 monthly rows and a few days
 * per key instead of a month of daily rows, the bulk of the rows on a large rollup.
 */
export function rollupParts(from?: string, to?: string): RollupPart[] {
  const toExcl = to ? nextDay(to) : null;
  if (from && to && from > to) {
    return [day(from, from, 1)];
  }
  if (from && to && toExcl && monthStart(from) === monthStart(to)) {
    const start = monthStart(from);
    const end = nextMonthStart(from);
    if (from === start && toExcl === end) {
      return [month(start, end)];
    }
    const inside = daysBetween(from, toExcl);
    if (inside <= daysBetween(start, end) - inside) {
      return [day(from, toExcl, 1)];
    }
    const parts = [month(start, end)];
    if (from !== start) {
      parts.push(day(start, from, -1));
    }
    if (toExcl !== end) {
      parts.push(day(toExcl, end, -1));
    }
    return parts;
  }
  let gte: string | null = null;
  let lt: string | null = null;
  const edges: RollupPart[] = [];
  if (from) {
    const start = monthStart(from);
    const end = nextMonthStart(from);
    if (from === start) {
      gte = from;
    } else if (daysBetween(start, from) < daysBetween(from, end)) {
      gte = start;
      edges.push(day(start, from, -1));
    } else {
      gte = end;
      edges.push(day(from, end, 1));
    }
  }
  if (to && toExcl) {
    const start = monthStart(to);
    const end = nextMonthStart(to);
    if (toExcl === end) {
      lt = end;
    } else if (daysBetween(toExcl, end) < daysBetween(start, toExcl)) {
      lt = end;
      edges.push(day(toExcl, end, -1));
    } else {
      lt = start;
      edges.push(day(start, toExcl, 1));
    }
  }
  return gte !== null && lt !== null && gte >= lt ? edges : [month(gte, lt), ...edges];
}
