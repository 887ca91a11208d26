import { type ApplicantKind, foldVietnamese } from "@danvan/common";
import { and, eq, or, sql } from "drizzle-orm";
import { applicants, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { presentApplicant } from "./applicant.presenter";

export type ListApplicantsQuery = { q?: string; kind?: ApplicantKind; cursor?: string; limit: number };

const foldKey = sql<string>`lower(f_unaccent(${applicants.name}))`;
/** Vietnamese alphabetical order (a ă â … d đ …) on both databases; see migration 0015. */
const sortKey = sql<string>`vi_sort_key(${applicants.name}) COLLATE "C"`;

/** Applicants in scope; "nguyen van duc" finds "Nguyễn Văn Đức"; an exact ID or tax code also matches. */
export async function listApplicants(ctx: Ctx, query: ListApplicantsQuery) {
  const actor = requireActor(ctx);
  const after = decodeCursor(query.cursor);
  const text = query.q?.trim();
  const folded = text ? `%${likeEscape(foldVietnamese(text))}%` : null;
  const rows = await ctx.db
    .select({ a: applicants, unitName: units.name, key: sortKey })
    .from(applicants)
    .innerJoin(units, eq(units.id, applicants.unitId))
    .where(
      and(
        inScope(units.path, actor, "applicants.read"),
        query.kind ? eq(applicants.kind, query.kind) : undefined,
        folded && text
          ? or(
              sql`${foldKey} LIKE lower(f_unaccent(${folded}))`,
              eq(applicants.personalId, text),
              eq(applicants.taxCode, text.replace(/[\s-]/g, "")),
            )
          : undefined,
        after ? sql`(${sortKey}, ${applicants.id}) > (${after.sortKey}, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(sortKey, applicants.id)
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (r) => [r.key, r.a.id]);
  return { items: page.items.map((r) => presentApplicant(r.a, r.unitName)), nextCursor: page.nextCursor };
}
