import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { unitSuccessions } from "../../db/schema";

/**
 * Maps each unit to the units that carry it today, following merger links transitively
 * (huyện → xã → merged xã). Reports use it so figures of abolished units roll up to successors.
 * A unit split between several successors maps to all of them.
 */
export async function resolveSuccessors(
  db: Db,
  unitIds: string[],
  maxDepth = 10,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  let frontier = new Map(unitIds.map((id) => [id, [id]]));
  for (let depth = 0; depth < maxDepth && frontier.size > 0; depth++) {
    const current = [...new Set([...frontier.values()].flat())];
    const links = await db.select().from(unitSuccessions).where(inArray(unitSuccessions.fromUnitId, current));
    const next = new Map<string, string[]>();
    for (const [origin, members] of frontier) {
      const expanded = members.flatMap((m) => {
        const to = links.filter((l) => l.fromUnitId === m).map((l) => l.toUnitId);
        return to.length ? to : [m];
      });
      const changed = expanded.some((e, i) => e !== members[i]) || expanded.length !== members.length;
      if (changed) {
        next.set(origin, [...new Set(expanded)]);
      } else {
        result.set(origin, members);
      }
    }
    frontier = next;
  }
  for (const [origin, members] of frontier) {
    result.set(origin, members);
  }
  return result;
}
