import { CalendarInputError } from "./errors";

/** Saturday and Sunday: the weekly rest days of civil servants (ISO weekdays 6 and 7). */
export const DEFAULT_WEEKEND: readonly number[] = [6, 7];

/** Validates ISO weekday numbers and returns a lookup indexed by ISO weekday (index 0 unused). */
export function weekendLookup(weekend: unknown, path = "weekend"): readonly boolean[] {
  if (!Array.isArray(weekend) || weekend.length > 6) {
    throw new CalendarInputError(
      path,
      `${path} must be a list of at most 6 ISO weekdays (1 = Monday … 7 = Sunday)`,
    );
  }
  const lookup = [false, false, false, false, false, false, false, false];
  weekend.forEach((value: unknown, i) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 7) {
      throw new CalendarInputError(`${path}[${i}]`, `${path}[${i}] must be an ISO weekday from 1 to 7`);
    }
    if (lookup[value]) {
      throw new CalendarInputError(`${path}[${i}]`, `${path}[${i}] repeats weekday ${value}`);
    }
    lookup[value] = true;
  });
  return lookup;
}
