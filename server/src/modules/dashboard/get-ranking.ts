import type { DashboardFigures, DashboardRanking, RankingQuery, RankingRow } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { agencies, staff, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { reportingUnits } from "../directory";
import { satisfactionIndex } from "../satisfaction/indices";
import { dossierTimeliness } from "./dossier-timeliness";
import { type LevelScores, satisfactionFigure, sumFigures, zeroFigures } from "./figures";
import { childOf, type DashboardUnit, dashboardUnit } from "./internal";
import { allowed, unitSources } from "./sources";

const collator = new Intl.Collator("vi");
const byN = (a: RankingRow, b: RankingRow) =>
  (b.figures.satisfaction?.n ?? 0) - (a.figures.satisfaction?.n ?? 0) || collator.compare(a.name, b.name);
const hasData = (f: DashboardFigures) =>
  !!(f.satisfaction?.n || f.dossiers?.n || f.petitions?.accepted || f.reception?.sessions || f.tasks?.open);

/**
 * The child units of a unit with the same figures, each folded from the units of its subtree; a merged
 * unit's figures count under its current successor, and a merged child leaves no row of its own.
 */
async function unitRanking(ctx: Ctx, unit: DashboardUnit, q: RankingQuery): Promise<RankingRow[] | null> {
  const children = await ctx.db
    .select({ id: units.id, name: units.name, validTo: units.validTo })
    .from(units)
    .where(eq(units.parentId, unit.id));
  if (children.length === 0) {
    return null;
  }
  const s = await unitSources(ctx, unit, q.from, q.to);
  const scores: LevelScores = s.index?.rules.levelScores ?? {};
  const retired = children.filter((c) => c.validTo).map((c) => c.id);
  const moved = await reportingUnits(ctx.db, [...s.byUnit.keys(), ...retired], unit.path);
  const parts = new Map<string | null, DashboardFigures[]>();
  for (const [id, f] of s.byUnit) {
    const child = childOf(unit.path, moved.get(id)?.path ?? s.paths.get(id) ?? unit.path);
    parts.set(child, [...(parts.get(child) ?? []), f]);
  }
  const zero = zeroFigures(allowed(ctx, unit));
  const rows: RankingRow[] = children
    .filter((c) => parts.has(c.id) || (!moved.has(c.id) && (!c.validTo || c.validTo >= q.from)))
    .map((c) => ({
      id: c.id,
      name: c.name,
      canDrill: true,
      isOwn: false,
      figures: sumFigures([zero, ...(parts.get(c.id) ?? [])], scores),
    }));
  const own = sumFigures([zero, ...(parts.get(null) ?? [])], scores);
  if (hasData(own)) {
    rows.push({ id: unit.id, name: unit.name, canDrill: false, isOwn: true, figures: own });
  }
  return rows;
}

/** A unit without child units: its agencies, by the agency recorded on each rating and the handler's agency. */
async function agencyRanking(ctx: Ctx, unit: DashboardUnit, q: RankingQuery): Promise<RankingRow[]> {
  const actor = requireActor(ctx);
  const may = allowed(ctx, unit);
  const list = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(eq(agencies.unitId, unit.id));
  const sat = may.satisfaction
    ? await satisfactionIndex(ctx.db, actor, { by: "agency", unitId: unit.id, from: q.from, to: q.to })
    : null;
  const dos = may.dossiers
    ? await dossierTimeliness(ctx, actor, { unitPath: unit.path, from: q.from, to: q.to, by: "agency" })
    : null;
  const zero = zeroFigures({ ...may, petitions: false, reception: false, tasks: false });
  const row = (id: string | null, name: string): RankingRow => ({
    id,
    name,
    canDrill: id !== null,
    isOwn: false,
    figures: {
      ...zero,
      satisfaction: sat ? satisfactionFigure(sat.rows.find((r) => r.key === id)) : null,
      dossiers: dos?.get(id) ?? zero.dossiers,
    },
  });
  const rows = list.map((a) => row(a.id, a.name));
  const unknown = row(null, "");
  return hasData(unknown.figures) ? [...rows, unknown] : rows;
}

/** The officers of one agency of the unit: satisfaction per officer and dossiers per handler. */
async function officerRanking(ctx: Ctx, unit: DashboardUnit, agencyId: string, q: RankingQuery) {
  const actor = requireActor(ctx);
  const may = allowed(ctx, unit);
  const [agency] = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.id, agencyId), eq(agencies.unitId, unit.id)));
  if (!agency) {
    throw notFound("agency");
  }
  const people = await ctx.db
    .select({ id: staff.id, name: staff.fullName })
    .from(staff)
    .where(eq(staff.agencyId, agency.id));
  const sat = may.satisfaction
    ? await satisfactionIndex(ctx.db, actor, { by: "officer", unitId: unit.id, from: q.from, to: q.to })
    : null;
  const dos = may.dossiers
    ? await dossierTimeliness(ctx, actor, {
        unitPath: unit.path,
        from: q.from,
        to: q.to,
        by: "handler",
        agencyId: agency.id,
      })
    : null;
  const zero = zeroFigures({ ...may, petitions: false, reception: false, tasks: false });
  const rows: RankingRow[] = people.map((p) => ({
    id: p.id,
    name: p.name,
    canDrill: true,
    isOwn: false,
    figures: {
      ...zero,
      satisfaction: sat ? satisfactionFigure(sat.rows.find((r) => r.key === p.id)) : null,
      dossiers: dos?.get(p.id) ?? zero.dossiers,
    },
  }));
  return { agency, rows };
}

/** The ranking below a unit: child units; agencies at a unit without any; officers of a chosen agency. */
export async function getRanking(ctx: Ctx, q: RankingQuery): Promise<DashboardRanking> {
  const unit = await dashboardUnit(ctx, q.unitId);
  const ref = { id: unit.id, name: unit.name };
  if (q.agencyId) {
    const { agency, rows } = await officerRanking(ctx, unit, q.agencyId, q);
    return { level: "officer", unit: ref, agency, rows: rows.sort(byN) };
  }
  const children = await unitRanking(ctx, unit, q);
  if (children) {
    return { level: "unit", unit: ref, agency: null, rows: children.sort(byN) };
  }
  return { level: "agency", unit: ref, agency: null, rows: (await agencyRanking(ctx, unit, q)).sort(byN) };
}
