import type { Procedure, ProcedureListQuery, PublicProcedure, PublicProcedureQuery } from "@danvan/common";
import { and, asc, eq, gt, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { procedures, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { decodeCursor, likeEscape, pageOf } from "../../platform/cursor";
import { notFound } from "../../platform/errors";
import { can, inScope } from "../../platform/scope";
import { getProcedure, todayVn } from "./internal";
import { presentProcedures, toPublicProcedure } from "./procedure.presenter";

function textFilter(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) {
    return undefined;
  }
  const pattern = `%${likeEscape(text.toLowerCase())}%`;
  return or(
    sql`lower(f_unaccent(${procedures.name})) LIKE lower(f_unaccent(${pattern}))`,
    sql`lower(${procedures.code}) LIKE ${pattern}`,
  );
}

function inForce(today: string): SQL {
  return and(
    lte(procedures.effectiveFrom, today),
    or(isNull(procedures.effectiveTo), gte(procedures.effectiveTo, today)),
  ) as SQL;
}

async function page(db: Db, where: SQL[], cursor: string | undefined, limit: number, today: string) {
  const after = decodeCursor(cursor);
  if (after) {
    where.push(
      or(
        gt(procedures.code, after.sortKey),
        and(eq(procedures.code, after.sortKey), gt(procedures.id, after.id)),
      ) as SQL,
    );
  }
  const rows = await db
    .select({ p: procedures, unitName: units.name })
    .from(procedures)
    .innerJoin(units, eq(units.id, procedures.unitId))
    .where(and(...where))
    .orderBy(asc(procedures.code), asc(procedures.id))
    .limit(limit + 1);
  const { items, nextCursor } = pageOf(rows, limit, (r) => [r.p.code, r.p.id]);
  return { items: await presentProcedures(db, items, today), nextCursor };
}

/** The catalogues the actor may read, by code; status filters on the effective dates. */
export async function listProcedures(ctx: Ctx, query: ProcedureListQuery) {
  const actor = requireActor(ctx);
  const today = todayVn();
  const where: SQL[] = [inScope(units.path, actor, "onestop.read")];
  if (query.unitId) {
    where.push(eq(procedures.unitId, query.unitId));
  }
  const text = textFilter(query.q);
  if (text) {
    where.push(text);
  }
  if (query.status === "in_force") {
    where.push(inForce(today));
  } else if (query.status === "upcoming") {
    where.push(gt(procedures.effectiveFrom, today));
  } else if (query.status === "expired") {
    where.push(sql`${procedures.effectiveTo} < ${today}`);
  }
  return page(ctx.db, where, query.cursor, query.limit, today);
}

export async function getProcedureFor(ctx: Ctx, id: string): Promise<Procedure> {
  const actor = requireActor(ctx);
  const found = await getProcedure(ctx.db, id);
  if (!found || !can(actor, "onestop.read", found.unitPath)) {
    throw notFound("procedure");
  }
  const [out] = await presentProcedures(ctx.db, [found], todayVn());
  return out!;
}

/** The published catalogue in force today, for the portal. */
export async function listPublicProcedures(db: Db, query: PublicProcedureQuery) {
  const today = todayVn();
  const where: SQL[] = [eq(procedures.isPublished, true), inForce(today), isNull(units.validTo)];
  if (query.unitId) {
    where.push(eq(procedures.unitId, query.unitId));
  }
  const text = textFilter(query.q);
  if (text) {
    where.push(text);
  }
  const out = await page(db, where, query.cursor, query.limit, today);
  return { items: out.items.map(toPublicProcedure) as PublicProcedure[], nextCursor: out.nextCursor };
}
