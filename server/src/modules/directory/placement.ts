import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, positions } from "../../db/schema";
import { invalid } from "../../platform/errors";

/** A staff member's agency must belong to their unit, and their position to that agency. */
export async function checkPlacement(
  db: Db,
  unitId: string,
  agencyId: string | null,
  positionId: string | null,
) {
  if (agencyId) {
    const [a] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
    if (!a || a.unitId !== unitId) {
      throw invalid("agencyId", "agencyOutsideUnit");
    }
  }
  if (positionId) {
    const [p] = await db.select().from(positions).where(eq(positions.id, positionId));
    if (!p || p.agencyId !== agencyId) {
      throw invalid("positionId", "positionOutsideAgency");
    }
  }
}
