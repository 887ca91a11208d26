import type { ConcernedHousehold, ConcernedHouseholdQuery } from "@danvan/common";
import { and, asc, eq, inArray, isNotNull, max, type SQL, sql } from "drizzle-orm";
import { householdMembers, households, residentVerifications, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { inScope } from "../../platform/scope";
import { canManageConsultations } from "./consultation.policy";
import { inAreas, loadConsultation } from "./internal";
import { presentHouseholds } from "./list-households";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A code, a head's or a member's name, diacritics optional. */
function matching(q: string): SQL {
  const pattern = `%${escapeLike(q.toLowerCase())}%`;
  return sql`(lower(${households.code}) LIKE ${pattern}
    OR lower(f_unaccent(${households.headName})) LIKE lower(f_unaccent(${pattern}))
    OR EXISTS (SELECT 1 FROM ${householdMembers} m WHERE m.household_id = ${households.id}
      AND lower(f_unaccent(m.full_name)) LIKE lower(f_unaccent(${pattern}))))`;
}

/**
 * The register of every area the consultation concerns, for the officers who run it: the meeting's
 * attendance and the in-person check of a representative.
 */
export async function listConcernedHouseholds(
  ctx: Ctx,
  id: string,
  q: ConcernedHouseholdQuery,
): Promise<{ items: ConcernedHousehold[] }> {
  const actor = requireActor(ctx);
  const { c, unitPath } = await loadConsultation(ctx.db, actor, id);
  if (!canManageConsultations(actor, unitPath)) {
    throw notFound("consultation");
  }
  const rows = await ctx.db
    .select({ h: households, unitName: units.name })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(
      and(
        eq(households.isActive, true),
        inAreas(c.id),
        inScope(units.path, actor, "consultations.manage"),
        q.unitId ? eq(households.unitId, q.unitId) : undefined,
        q.hamlet ? eq(households.hamlet, q.hamlet) : undefined,
        q.q ? matching(q.q) : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(households.hamlet), asc(households.code))
    .limit(q.limit);
  const ids = rows.map((r) => r.h.id);
  const verified = ids.length
    ? await ctx.db
        .select({ householdId: residentVerifications.householdId, at: max(residentVerifications.verifiedAt) })
        .from(residentVerifications)
        .where(
          and(
            eq(residentVerifications.consultationId, c.id),
            inArray(residentVerifications.householdId, ids),
            isNotNull(residentVerifications.verifiedAt),
          ),
        )
        .groupBy(residentVerifications.householdId)
    : [];
  const verifiedAt = new Map(verified.map((v) => [v.householdId, v.at]));
  const presented = await presentHouseholds(
    ctx,
    ctx.db,
    rows.map((r) => r.h),
  );
  return {
    items: presented.map((h, i) => {
      const at = verifiedAt.get(h.id);
      return { ...h, unitName: rows[i]!.unitName, verifiedAt: at ? new Date(at).toISOString() : null };
    }),
  };
}
