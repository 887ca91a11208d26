/** A half-open range [gte, lt) of rollup rows of one grain; a missing bound is open. */
export type RollupPart = { grain: "day" | "month"; gte: string | null; lt: string | null };

const DAY_MS = 86_400_000;

function ms(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export const monthStart = (date: string): string => `${date.slice(0, 7)}-01`;
export const nextDay = (date: string): string => iso(ms(date) + DAY_MS);

function nextMonthStart(date: string): string {
  const d = new Date(ms(monthStart(date)));
  return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/**
 * Splits the inclusive day range [from, to] into whole months, read from the monthly rows, and the
 * partial months at its edges, read from the daily rows; the parts cover every day once.
 */
export function rollupParts(from?: string, to?: string): RollupPart[] {
  const toExcl = to ? nextDay(to) : null;
  const fullStart = from ? (from === monthStart(from) ? from : nextMonthStart(from)) : null;
  const fullEnd = toExcl ? monthStart(toExcl) : null;
  if (from && toExcl && fullStart && fullEnd && fullStart >= fullEnd) {
    return [{ grain: "day", gte: from, lt: toExcl }];
  }
  const parts: RollupPart[] = [{ grain: "month", gte: fullStart, lt: fullEnd }];
  if (from && fullStart !== from) {
    parts.push({ grain: "day", gte: from, lt: fullStart });
  }
  if (toExcl && fullEnd !== toExcl) {
    parts.push({ grain: "day", gte: fullEnd, lt: toExcl });
  }
  return parts;
}
