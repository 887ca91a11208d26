import { foldVietnamese, OPEN_PETITION_STATUSES, type PetitionListQuery } from "@danvan/common";
import { and, asc, desc, eq, inArray, isNotNull, notInArray, or, type SQL, sql } from "drizzle-orm";
import { petitions, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { todayVn } from "./internal";
import { presentPetitions } from "./petition.presenter";

const OPEN = [...OPEN_PETITION_STATUSES];
export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const underUnit = (unitId: string) =>
  sql`${units.path} LIKE (SELECT path FROM units WHERE id = ${unitId}) || '%'`;

/**
 * Matches code, summary, content and a petitioner's name without diacritics. Sealed identities have no
 * plain name, so searching a denouncer's name never finds their denunciation.
 */
function textFilter(q: string | undefined): SQL | undefined {
  const text = q?.trim() ? `%${likeEscape(foldVietnamese(q))}%` : null;
  if (!text) {
    return undefined;
  }
  return sql`(lower(${petitions.code}) LIKE ${text}
    OR lower(f_unaccent(${petitions.summary})) LIKE ${text}
    OR lower(f_unaccent(${petitions.content})) LIKE ${text}
    OR EXISTS (SELECT 1 FROM petition_identities i WHERE i.petition_id = ${petitions.id}
      AND NOT i.is_sealed AND lower(f_unaccent(i.full_name)) LIKE ${text}))`;
}

/** Rows of a page for the list and the export: scoped in SQL, filtered, keyset-paged. */
export async function listPetitionRows(ctx: Ctx, q: PetitionListQuery, limit: number) {
  const actor = requireActor(ctx);
  const today = todayVn();
  const after = decodeCursor(q.cursor);
  const byDue = q.sort === "due";
  const status: SQL | undefined =
    q.status === "open"
      ? inArray(petitions.status, OPEN)
      : q.status === "closed"
        ? notInArray(petitions.status, OPEN)
        : q.status === "any"
          ? undefined
          : eq(petitions.status, q.status);
  const keyset = after
    ? byDue
      ? sql`(${petitions.currentDue}, ${petitions.id}) > (${after.sortKey}::date, ${after.id}::uuid)`
      : sql`(${petitions.receivedDate}, ${petitions.id}) < (${after.sortKey}::date, ${after.id}::uuid)`
    : undefined;
  const rows = await ctx.db
    .select({ p: petitions, unitName: units.name, unitPath: units.path })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.unitId))
    .where(
      and(
        or(inScope(units.path, actor, "petitions.read"), eq(petitions.handlerId, actor.id)),
        status,
        q.kind ? eq(petitions.kind, q.kind) : undefined,
        q.channel ? eq(petitions.channel, q.channel) : undefined,
        q.unitId ? underUnit(q.unitId) : undefined,
        q.agencyId ? eq(petitions.agencyId, q.agencyId) : undefined,
        q.mine ? eq(petitions.handlerId, actor.id) : undefined,
        q.overdue === true ? sql`${petitions.currentDue} < ${today}` : undefined,
        q.overdue === false
          ? sql`(${petitions.currentDue} IS NULL OR ${petitions.currentDue} >= ${today})`
          : undefined,
        q.dueWithinDays !== undefined
          ? sql`${petitions.currentDue} <= ${addDays(today, q.dueWithinDays)}`
          : undefined,
        q.receivedFrom ? sql`${petitions.receivedDate} >= ${q.receivedFrom}` : undefined,
        q.receivedTo ? sql`${petitions.receivedDate} <= ${q.receivedTo}` : undefined,
        byDue ? isNotNull(petitions.currentDue) : undefined,
        textFilter(q.q),
        keyset,
      ),
    )
    .orderBy(
      ...(byDue
        ? [asc(petitions.currentDue), asc(petitions.id)]
        : [desc(petitions.receivedDate), desc(petitions.id)]),
    )
    .limit(limit + 1);
  return pageOf(rows, limit, (r) => [byDue ? (r.p.currentDue ?? "") : r.p.receivedDate, r.p.id]);
}

/** The petition register: status, kind, unit, agency, due soon, overdue, text; keyset pagination. */
export async function listPetitions(ctx: Ctx, q: PetitionListQuery) {
  const actor = requireActor(ctx);
  const page = await listPetitionRows(ctx, q, q.limit);
  return {
    items: await presentPetitions(ctx.db, actor, ctx.locale, page.items),
    nextCursor: page.nextCursor,
  };
}
