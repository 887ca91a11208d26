import { solarToLunar } from "@danvan/common/calendar";

/** "15/8" or "1/6 nhuận" style lunar day/month; the leap mark comes from the caller's language. */
export function lunarDayMonth(iso: string, leapMark: string): { day: number; text: string } {
  const l = solarToLunar(iso);
  return { day: l.day, text: `${l.day}/${l.month}${l.leap ? ` ${leapMark}` : ""}` };
}
