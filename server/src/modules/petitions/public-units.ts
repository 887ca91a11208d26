import type { PublicPetitionUnit } from "@danvan/common";
import { and, asc, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";

/** Levels that hold a People's Committee and so receive petitions; hamlets and groups do not. */
const RECEIVING_TYPES = ["tinh", "thanh_pho", "huyen", "thi_xa", "xa", "phuong", "thi_tran", "dac_khu"];

const collator = new Intl.Collator("vi");

/** Units in existence today that a citizen may address a petition to, by level then name. */
export async function publicPetitionUnits(db: Db): Promise<PublicPetitionUnit[]> {
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      type: units.type,
      parentId: units.parentId,
      depth: units.depth,
    })
    .from(units)
    .where(and(isNull(units.validTo), inArray(units.type, RECEIVING_TYPES)))
    .orderBy(asc(units.depth))
    .limit(2000);
  // PostgreSQL has no Vietnamese collation here: sort names in the app.
  rows.sort((a, b) => a.depth - b.depth || collator.compare(a.name, b.name));
  return rows.map(({ depth: _d, ...u }) => u);
}
