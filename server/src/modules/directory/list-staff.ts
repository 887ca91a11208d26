import { foldVietnamese } from "@danvan/common";
import { and, eq, sql } from "drizzle-orm";
import { staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { presentStaff } from "./staff.presenter";

export type ListStaffQuery = { q?: string; unitId?: string; cursor?: string; limit: number };

const foldKey = sql<string>`lower(f_unaccent(${staff.fullName}))`;
/** Vietnamese alphabetical order (a ă â … d đ …) on both databases; see migration 0015. */
const sortKey = sql<string>`vi_sort_key(${staff.fullName}) COLLATE "C"`;

/** Staff of the units under the actor's grants; name search ignores diacritics; keyset pages by name. */
export async function listStaff(ctx: Ctx, query: ListStaffQuery) {
  const actor = requireActor(ctx);
  const after = decodeCursor(query.cursor);
  const q = query.q?.trim() ? `%${likeEscape(foldVietnamese(query.q))}%` : null;
  const rows = await ctx.db
    .select({ s: staff, key: sortKey })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(
      and(
        inScope(units.path, actor, "directory.staff.read"),
        query.unitId
          ? sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${query.unitId}) || '%'`
          : undefined,
        q ? sql`(${foldKey} LIKE ${q} OR ${staff.username} LIKE ${q})` : undefined,
        after ? sql`(${sortKey}, ${staff.id}) > (${after.sortKey}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(sortKey, staff.id)
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.key, r.s.id]);
  return {
    items: await presentStaff(
      ctx.db,
      actor,
      page.items.map((r) => r.s),
    ),
    nextCursor: page.nextCursor,
  };
}
