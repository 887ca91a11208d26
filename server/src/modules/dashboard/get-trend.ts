import { DASHBOARD_LIMITS, type DashboardQuery, type DashboardTrend } from "@danvan/common";
import { type Ctx, requireActor } from "../../platform/context";
import { petitionFigures } from "../petitions/figures";
import { receptionStats } from "../reception/stats";
import { satisfactionIndex } from "../satisfaction/indices";
import { dossierTimeliness } from "./dossier-timeliness";
import { petitionFigure, satisfactionFigure, zeroFigures } from "./figures";
import { dashboardUnit, monthsOf } from "./internal";
import { allowed } from "./sources";

/**
 * The figures month by month over the period (its last 24 months at most). Tasks are a snapshot of
 * today and have no trend; petitions and reception are read per month through their modules' figures.
 */
export async function getTrend(ctx: Ctx, q: DashboardQuery): Promise<DashboardTrend> {
  const actor = requireActor(ctx);
  const unit = await dashboardUnit(ctx, q.unitId);
  const may = { ...allowed(ctx, unit), tasks: false };
  const months = monthsOf(q.from, q.to).slice(-DASHBOARD_LIMITS.trendMonthsMax);
  const from = months[0]!.from;
  const sat = may.satisfaction
    ? await satisfactionIndex(ctx.db, actor, { by: "month", unitId: unit.id, from, to: q.to })
    : null;
  const dos = may.dossiers
    ? await dossierTimeliness(ctx, actor, { unitPath: unit.path, from, to: q.to, by: "month" })
    : null;
  const out: DashboardTrend["months"] = [];
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
    out.push({ month: m.month, figures });
  }
  return { unit: { id: unit.id, name: unit.name }, months: out };
}
