import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units, unitWeekends } from "../../db/schema";
import { getUnitOrThrow } from "../directory";
import { weekendOf } from "./working-calendars";

const todayInVietnam = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());

/**
 * The weekly rest days in force for a unit today and every setting that reaches it (its own and those it
 * inherits from the units above), newest first. Not secret: the public calendar API applies them too.
 */
export async function listWeekends(db: Db, unitId: string) {
  const unit = await getUnitOrThrow(db, unitId);
  const chain = unit.path.split("/").filter(Boolean);
  const rows = await db
    .select({
      unitId: unitWeekends.unitId,
      unitName: units.name,
      weekend: unitWeekends.weekend,
      effectiveFrom: unitWeekends.effectiveFrom,
    })
    .from(unitWeekends)
    .innerJoin(units, eq(units.id, unitWeekends.unitId))
    .where(inArray(unitWeekends.unitId, chain))
    .orderBy(desc(unitWeekends.effectiveFrom));
  const today = todayInVietnam();
  return {
    unitId,
    today,
    inForce: await weekendOf(db, unitId, today),
    items: rows.map((r) => ({ ...r, isInherited: r.unitId !== unitId })),
  };
}
