import type { WorkingCalendar } from "@danvan/common/calendar";
import type { Db } from "../../db/client";
import { weekendOf, workingCalendar } from "../calendar/working-calendars";

/** The unit's working calendar (its weekend and the yearly holiday notices) around [from, to]. */
export async function calendarOf(db: Db, unitId: string, from: string, to: string): Promise<WorkingCalendar> {
  const weekend = await weekendOf(db, unitId, from);
  return workingCalendar(db, {
    weekend,
    fromYear: Number(from.slice(0, 4)) - 1,
    toYear: Number(to.slice(0, 4)) + 1,
  });
}
