import type { DashboardUnitRef } from "@danvan/common";
import { and, eq, gte, inArray, isNull, or } from "drizzle-orm";
import { units } from "../../db/schema";
import { type Actor, type Ctx, requireActor } from "../../platform/context";
import { assertCan, notFound } from "../../platform/errors";
import { can, canAnywhere, scopePrefixes } from "../../platform/scope";
import { predecessorsInto } from "../directory";

export type DashboardUnit = { id: string; name: string; path: string; parentId: string | null };

const idsOf = (path: string) => path.split("/").filter(Boolean);

/** The unit the dashboard shows: the one asked for if in the actor's scope, else the actor's top unit. */
export async function dashboardUnit(ctx: Ctx, unitId: string | undefined): Promise<DashboardUnit> {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "dashboard.read"));
  const id = unitId ?? idsOf(scopePrefixes(actor, "dashboard.read")[0]!).at(-1)!;
  const [u] = await ctx.db
    .select({ id: units.id, name: units.name, path: units.path, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, id));
  if (!u || !can(actor, "dashboard.read", u.path)) {
    throw notFound("unit");
  }
  return u;
}

/** The unit's ancestors the actor may open, then the unit itself. */
export async function breadcrumbOf(ctx: Ctx, unit: DashboardUnit): Promise<DashboardUnitRef[]> {
  const actor = requireActor(ctx);
  const ids = idsOf(unit.path);
  const rows = await ctx.db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(inArray(units.id, ids));
  return ids
    .map((id) => rows.find((r) => r.id === id))
    .filter((r): r is NonNullable<typeof r> => !!r && can(actor, "dashboard.read", r.path))
    .map((r) => ({ id: r.id, name: r.name }));
}

/** The child units shown in a ranking: those valid at some point of the period. */
export async function childUnits(ctx: Ctx, unit: DashboardUnit, from: string) {
  return ctx.db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.parentId, unit.id), or(isNull(units.validTo), gte(units.validTo, from))));
}

/**
 * The child of `unit` a row's unit lies under: the path segment after the unit's own id; null when the
 * row belongs to the unit itself.
 */
export function childOf(unitPath: string, rowPath: string): string | null {
  return idsOf(rowPath.slice(unitPath.length))[0] ?? null;
}

/** Calendar months from `from` to `to`, each clipped to the period. */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > to.slice(0, 7)) {
      return out;
    }
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    out.push({ month, from: from > `${month}-01` ? from : `${month}-01`, to: to < last ? to : last });
    m = m === 12 ? 1 : m + 1;
    y = m === 1 ? y + 1 : y;
  }
}

export type MergedUnit = { unit: DashboardUnit; into: string; ctx: Ctx };

/**
 * Units outside `unit`'s subtree merged into a unit of it (the communes of the 1 July 2025 reorganisation),
 * each with the unit that carries its history and a context to read its figures. Statistics of old units
 * roll up into their successors, so whoever reads a successor's figures reads its predecessors' totals with
 * the same roles; their records stay out of scope (the context is used for aggregate figures only).
 */
export async function mergedInto(ctx: Ctx, unit: DashboardUnit): Promise<MergedUnit[]> {
  const actor = requireActor(ctx);
  const into = await predecessorsInto(ctx.db, unit.path);
  if (into.size === 0) {
    return [];
  }
  const rows = await ctx.db
    .select({ id: units.id, name: units.name, path: units.path, parentId: units.parentId })
    .from(units)
    .where(inArray(units.id, [...into.keys()]));
  // A predecessor inside another one's subtree is already counted with it.
  const tops = rows.filter((r) => !rows.some((o) => o.id !== r.id && r.path.startsWith(o.path)));
  return tops.map((old) => {
    const successor = into.get(old.id)!;
    const grants = actor.grants
      .filter((g) => successor.path.startsWith(g.unitPath))
      .map((g) => ({ ...g, unitId: old.id, unitPath: old.path }));
    const reader: Actor = { ...actor, grants: [...actor.grants, ...grants] };
    return { unit: old, into: successor.id, ctx: { ...ctx, actor: reader } };
  });
}
