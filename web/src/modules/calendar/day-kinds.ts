import type { HolidayKind } from "@danvan/common";

/** What a day of the grid is: a named day from the calendar, a weekly rest day or an ordinary working day. */
export type GridKind = HolidayKind | "weekend" | "work";

export const LEGEND_KINDS: GridKind[] = [
  "holiday",
  "compensatory",
  "extra_day_off",
  "working_day",
  "weekend",
];

export const KIND_STYLE: Record<GridKind, { background: string; color: string; tag: string }> = {
  holiday: { background: "#ffccc7", color: "#a8071a", tag: "red" },
  compensatory: { background: "#ffe7ba", color: "#ad4e00", tag: "orange" },
  extra_day_off: { background: "#efdbff", color: "#391085", tag: "purple" },
  working_day: { background: "#bae0ff", color: "#002c8c", tag: "blue" },
  weekend: { background: "#f0f0f0", color: "#8c8c8c", tag: "default" },
  work: { background: "#ffffff", color: "#1f1f1f", tag: "default" },
};

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
export function isoWeekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today in Asia/Ho_Chi_Minh as YYYY-MM-DD: the law counts days in Vietnam's time. */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
}
