import type { DashboardFigures, IndexResult, ReceptionFigure, TaskFigure } from "@danvan/common";
import { sql } from "drizzle-orm";
import { units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { can } from "../../platform/scope";
import { petitionFigures } from "../petitions/figures";
import { receptionStats } from "../reception/stats";
import { satisfactionIndex } from "../satisfaction/indices";
import { taskStats } from "../tasks/task-stats";
import { dossierFigure, dossierTimeliness } from "./dossier-timeliness";
import { petitionFigure, satisfactionFigure, sumFigures, zeroFigures } from "./figures";
import { type DashboardUnit, mergedInto } from "./internal";

/** Which module figures the actor may read at this unit: a module's own permission, at the unit. */
export function allowed(ctx: Ctx, unit: DashboardUnit) {
  const actor = requireActor(ctx);
  return {
    satisfaction: can(actor, "satisfaction.read", unit.path),
    dossiers: can(actor, "onestop.read", unit.path),
    petitions: can(actor, "petitions.monitor", unit.path),
    reception: can(actor, "petitions.read", unit.path),
    tasks: can(actor, "tasks.read", unit.path),
  };
}

export type UnitSources = {
  total: DashboardFigures;
  /** Figures of each unit of the subtree that has any, keyed by unit id. */
  byUnit: Map<string, DashboardFigures>;
  /** Path of every unit in the subtree, to fold a unit into the child of the chosen unit it lies under. */
  paths: Map<string, string>;
  index: IndexResult | null;
};

/**
 * The figures of a unit's subtree for a period, read through each module's own statistics (scoped in
 * their SQL to the actor), per unit of the subtree and in total.
 */
export async function unitSources(
  ctx: Ctx,
  unit: DashboardUnit,
  from: string,
  to: string,
): Promise<UnitSources> {
  const may = allowed(ctx, unit);
  const own = await subtreeSources(ctx, unit, may, from, to);
  const scores = own.index?.rules.levelScores ?? {};
  for (const m of await mergedInto(ctx, unit)) {
    const old = await subtreeSources(m.ctx, m.unit, may, from, to);
    own.total = sumFigures([own.total, old.total], scores);
    own.byUnit.set(m.into, sumFigures([own.byUnit.get(m.into) ?? zeroFigures(may), old.total], scores));
  }
  return own;
}

async function subtreeSources(
  ctx: Ctx,
  unit: DashboardUnit,
  may: Record<keyof DashboardFigures, boolean>,
  from: string,
  to: string,
): Promise<UnitSources> {
  const actor = requireActor(ctx);
  const byUnit = new Map<string, DashboardFigures>();
  const at = (id: string) => byUnit.get(id) ?? byUnit.set(id, zeroFigures(may)).get(id)!;
  const subtree = await ctx.db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(sql`${units.path} LIKE ${`${unit.path}%`}`);
  const paths = new Map(subtree.map((u) => [u.id, u.path]));
  const total = zeroFigures(may);

  let index: IndexResult | null = null;
  if (may.satisfaction) {
    index = await satisfactionIndex(ctx.db, actor, { by: "unit", unitId: unit.id, from, to });
    total.satisfaction = satisfactionFigure(index.total);
    for (const r of index.rows) {
      at(r.key!).satisfaction = satisfactionFigure(r);
    }
  }
  if (may.dossiers) {
    const q = { unitPath: unit.path, from, to };
    total.dossiers =
      (await dossierTimeliness(ctx, actor, { ...q, by: "total" })).get("total") ?? dossierFigure(undefined);
    for (const [key, f] of await dossierTimeliness(ctx, actor, { ...q, by: "unit" })) {
      at(key!).dossiers = f;
    }
  }
  if (may.petitions) {
    const p = await petitionFigures(ctx, { from, to, unitId: unit.id });
    total.petitions = petitionFigure(p.total);
    for (const r of p.byUnit) {
      at(r.key).petitions = petitionFigure(r);
    }
  }
  if (may.reception) {
    const r = await receptionStats(ctx, { from, to, unitId: unit.id });
    total.reception = { sessions: r.sessions, citizens: r.citizens, entries: r.entries };
    for (const u of r.byUnit) {
      at(u.unitId).reception = {
        sessions: u.sessions,
        citizens: u.citizens,
        entries: u.entries,
      } satisfies ReceptionFigure;
    }
  }
  if (may.tasks) {
    const rows = (await taskStats(ctx, "unit")).filter((r) => paths.has(r.key));
    const sum: TaskFigure = { open: 0, overdue: 0 };
    for (const r of rows) {
      at(r.key).tasks = { open: r.open, overdue: r.overdue };
      sum.open += r.open;
      sum.overdue += r.overdue;
    }
    total.tasks = sum;
  }
  return { total, byUnit, paths, index };
}
