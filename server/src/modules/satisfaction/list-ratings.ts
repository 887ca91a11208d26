import type { RatingItem, RatingListQuery, SatisfactionLevel } from "@danvan/common";
import { and, count, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, ratings, staff, tasks, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { can, inScope } from "../../platform/scope";

/** Ratings under the actor's units (scoped in SQL), newest first; the follow-up's task code with each. */
export async function listRatings(db: Db, actor: Actor, q: RatingListQuery) {
  const where: SQL[] = [inScope(units.path, actor, "satisfaction.read")];
  if (q.unitId) {
    const [u] = await db.select({ path: units.path }).from(units).where(eq(units.id, q.unitId));
    // The chosen unit and its subtree, on top of the actor's own scope.
    where.push(u ? sql`${units.path} LIKE ${`${u.path}%`}` : eq(units.id, q.unitId));
  }
  if (q.officerId) {
    where.push(eq(ratings.officerId, q.officerId));
  }
  if (q.agencyId) {
    where.push(eq(ratings.agencyId, q.agencyId));
  }
  if (q.level) {
    where.push(eq(ratings.level, q.level));
  }
  if (q.followUp) {
    where.push(eq(ratings.followUpStatus, q.followUp));
  }
  if (q.from) {
    where.push(gte(ratings.ratedDate, q.from));
  }
  if (q.to) {
    where.push(lte(ratings.ratedDate, q.to));
  }
  const cond = and(...where);
  const [total] = await db
    .select({ n: count() })
    .from(ratings)
    .innerJoin(units, eq(units.id, ratings.unitId))
    .where(cond);
  const rows = await db
    .select({
      r: ratings,
      refId: ratingInteractions.refId,
      label: ratingInteractions.label,
      unitName: units.name,
      unitPath: units.path,
      officerName: staff.fullName,
      taskCode: tasks.code,
    })
    .from(ratings)
    .innerJoin(ratingInteractions, eq(ratingInteractions.id, ratings.interactionId))
    .innerJoin(units, eq(units.id, ratings.unitId))
    .leftJoin(staff, eq(staff.id, ratings.officerId))
    .leftJoin(tasks, eq(tasks.id, ratings.followUpTaskId))
    .where(cond)
    .orderBy(desc(ratings.ratedAt), desc(ratings.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const items: RatingItem[] = rows.map(({ r, ...x }) => ({
    id: r.id,
    kind: r.kind as RatingItem["kind"],
    refId: x.refId,
    label: x.label,
    unitId: r.unitId,
    unitName: x.unitName,
    officerName: x.officerName,
    procedureName: r.procedureName,
    channel: r.channel as RatingItem["channel"],
    level: r.level as SatisfactionLevel,
    aspects: r.aspects as Record<string, SatisfactionLevel>,
    answers: r.answers,
    comment: r.comment,
    version: r.version,
    ratedAt: r.ratedAt.toISOString(),
    followUpStatus: r.followUpStatus as RatingItem["followUpStatus"],
    followUpTaskId: r.followUpTaskId,
    followUpTaskCode: x.taskCode,
    followUpAnswer: r.followUpAnswer,
    followUpAnsweredAt: r.followUpAnsweredAt?.toISOString() ?? null,
    canAnswer: r.followUpStatus === "open" && can(actor, "satisfaction.manage", x.unitPath),
  }));
  return { items, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
