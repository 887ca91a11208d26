import {
  DASHBOARD_LIMITS,
  type DashboardFigures,
  type DashboardQuery,
  type DashboardTrend,
} from "@danvan/common";
import { type Ctx, requireActor } from "../../platform/context";
import { petitionFigures } from "../petitions/figures";
import { receptionStats } from "../reception/stats";
import { satisfactionIndex } from "../satisfaction/indices";
import { dossierTimeliness } from "./dossier-timeliness";
import { petitionFigure, satisfactionFigure, sumFigures, zeroFigures } from "./figures";
import { type DashboardUnit, dashboardUnit, mergedInto, monthsOf } from "./internal";
import { allowed } from "./sources";

type Month = { month: string; from: string; to: string };
type May = Record<keyof DashboardFigures, boolean>;

/** One unit's subtree month by month, each module read through its own figures, scoped to `ctx`'s actor. */
async function monthly(ctx: Ctx, unit: DashboardUnit, may: May, months: Month[], to: string) {
  const actor = requireActor(ctx);
  const from = months[0]!.from;
  const sat = may.satisfaction
    ? await satisfactionIndex(ctx.db, actor, { by: "month", unitId: unit.id, from, to })
    : null;
  const dos = may.dossiers
    ? await dossierTimeliness(ctx, actor, { unitPath: unit.path, from, to, by: "month" })
    : null;
  const out: DashboardFigures[] = [];
  for (const m of months) {
    const figures = zeroFigures(may);
    if (sat) {
      figures.satisfaction = satisfactionFigure(sat.rows.find((r) => r.key === m.month));
    }
    if (dos) {
      figures.dossiers = dos.get(m.month) ?? figures.dossiers;
    }
    if (may.petitions) {
      const p = await petitionFigures(ctx, { from: m.from, to: m.to, unitId: unit.id });
      figures.petitions = petitionFigure(p.total);
    }
    if (may.reception) {
      const r = await receptionStats(ctx, { from: m.from, to: m.to, unitId: unit.id });
      figures.reception = { sessions: r.sessions, citizens: r.citizens, entries: r.entries };
    }
    out.push(figures);
  }
  return { figures: out, scores: sat?.rules.levelScores ?? {} };
}

/**
 * The figures month by month over the period (its last 24 months at most), with the history of units merged
 * into the subtree. Tasks are a snapshot of today and have no trend; petitions and reception are read per
 * month through their modules' figures.
 */
export async function getTrend(ctx: Ctx, q: DashboardQuery): Promise<DashboardTrend> {
  const unit = await dashboardUnit(ctx, q.unitId);
  const may = { ...allowed(ctx, unit), tasks: false };
  const months = monthsOf(q.from, q.to).slice(-DASHBOARD_LIMITS.trendMonthsMax);
  const own = await monthly(ctx, unit, may, months, q.to);
  for (const m of await mergedInto(ctx, unit)) {
    const old = await monthly(m.ctx, m.unit, may, months, q.to);
    own.figures = own.figures.map((f, i) => sumFigures([f, old.figures[i]!], own.scores));
  }
  return {
    unit: { id: unit.id, name: unit.name },
    months: months.map((m, i) => ({ month: m.month, figures: own.figures[i]! })),
  };
}
