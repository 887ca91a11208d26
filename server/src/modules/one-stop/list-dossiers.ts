import type { DossierListQuery } from "@danvan/common";
import { and, desc, eq, gte, inArray, lt, lte, or, type SQL, sql } from "drizzle-orm";
import { dossiers, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { inScope } from "../../platform/scope";
import { RUNNING_STATUSES } from "./dossier.policy";
import { presentDossiers } from "./dossier.presenter";
import { todayVn } from "./internal";

/**
 * The dossier register of the units the actor reads (and the dossiers on their own desk), newest first:
 * by status, procedure, channel, overdue or due soon, the day the result was handed back, or a code or
 * applicant name typed without diacritics.
 */
export async function listDossiers(ctx: Ctx, query: DossierListQuery) {
  const actor = requireActor(ctx);
  const today = todayVn();
  const where: SQL[] = [
    or(inScope(units.path, actor, "onestop.read"), eq(dossiers.handlerId, actor.id)) as SQL,
  ];
  if (query.unitId) {
    where.push(eq(dossiers.unitId, query.unitId));
  }
  if (query.status) {
    where.push(eq(dossiers.status, query.status));
  }
  if (query.procedureId) {
    where.push(eq(dossiers.procedureId, query.procedureId));
  }
  if (query.channel) {
    where.push(eq(dossiers.channel, query.channel));
  }
  if (query.overdue === "true") {
    where.push(inArray(dossiers.status, RUNNING_STATUSES), lt(dossiers.appointmentDate, today));
  }
  if (query.dueWithinDays !== undefined) {
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + query.dueWithinDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    where.push(
      inArray(dossiers.status, RUNNING_STATUSES),
      gte(dossiers.appointmentDate, today),
      lte(dossiers.appointmentDate, until),
    );
  }
  if (query.returnedFrom) {
    where.push(gte(dossiers.returnedDate, query.returnedFrom));
  }
  if (query.returnedTo) {
    where.push(lte(dossiers.returnedDate, query.returnedTo));
  }
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${likeEscape(text.toLowerCase())}%`;
    where.push(
      or(
        sql`lower(${dossiers.code}) LIKE ${pattern}`,
        sql`lower(f_unaccent(${dossiers.applicantName})) LIKE lower(f_unaccent(${pattern}))`,
      ) as SQL,
    );
  }
  const after = decodeCursor(query.cursor);
  if (after) {
    where.push(
      or(
        lt(dossiers.filedDate, after.sortKey),
        and(eq(dossiers.filedDate, after.sortKey), lt(dossiers.id, after.id)),
      ) as SQL,
    );
  }
  const rows = await ctx.db
    .select({ d: dossiers, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(and(...where))
    .orderBy(desc(dossiers.filedDate), desc(dossiers.id))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit, (r) => [r.d.filedDate, r.d.id]);
  return { items: await presentDossiers(ctx.db, items, today), nextCursor };
}
