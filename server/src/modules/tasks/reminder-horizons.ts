import type { Db } from "../../db/client";
import { unitWeekends } from "../../db/schema";
import { ruleInForce } from "../calendar/rules";
import { weekendOf, workingCalendar } from "../calendar/working-calendars";

const DEFAULT_WEEKEND = [6, 7];

export type ReminderHorizons = {
  /** The latest horizon over every weekend pattern in use: a cheap SQL bound before the per-unit check. */
  widest: string;
  /** The last due date that is `lead` working days from today on the unit's own calendar. */
  forUnit(unitId: string): Promise<string>;
};

/** How far ahead reminders look today, per responsible unit (its own weekend and the holiday notices). */
export async function reminderHorizons(db: Db, today: string): Promise<ReminderHorizons> {
  const year = Number(today.slice(0, 4));
  const rule = await ruleInForce(db, "tasks.reminder_lead", today).catch(() => null);
  const lead = Number((rule?.value as { amount?: number } | undefined)?.amount ?? 2);
  const horizonFor = async (weekend: number[]) =>
    (await workingCalendar(db, { weekend, fromYear: year - 1, toYear: year + 1 })).addWorkingDays(
      today,
      lead,
    );

  const patterns = await db.selectDistinct({ weekend: unitWeekends.weekend }).from(unitWeekends);
  const all = [await horizonFor(DEFAULT_WEEKEND)];
  for (const { weekend } of patterns) {
    all.push(await horizonFor(weekend));
  }
  const widest = all.sort().at(-1) as string;
  const byUnit = new Map<string, string>();
  return {
    widest,
    async forUnit(unitId) {
      const hit = byUnit.get(unitId);
      if (hit) {
        return hit;
      }
      const h = await horizonFor(await weekendOf(db, unitId, today));
      byUnit.set(unitId, h);
      return h;
    },
  };
}
