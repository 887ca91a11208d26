import { type DashboardQuery, type DashboardSummary, type OneStopScores, periodOf } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { unitIndicators } from "../one-stop/indicators";
import { breadcrumbOf, type DashboardUnit, dashboardUnit } from "./internal";
import { allowed, unitSources } from "./sources";

/** The unit's TT 01/2018 scores for the quarter `to` falls in, read as the indicators page reads them. */
async function oneStopScores(ctx: Ctx, unit: DashboardUnit, to: string): Promise<OneStopScores | null> {
  if (!allowed(ctx, unit).dossiers) {
    return null;
  }
  const u = await unitIndicators(ctx, { unitId: unit.id, period: periodOf(to) });
  return { period: u.period, official: u.official, unit: u.unit };
}

/** The headline figures of a unit's subtree for a period, each with its n and numerators. */
export async function getSummary(ctx: Ctx, q: DashboardQuery): Promise<DashboardSummary> {
  const unit = await dashboardUnit(ctx, q.unitId);
  const s = await unitSources(ctx, unit, q.from, q.to);
  return {
    unit: { id: unit.id, name: unit.name },
    breadcrumb: await breadcrumbOf(ctx, unit),
    from: q.from,
    to: q.to,
    figures: s.total,
    group766Points: s.index?.group766Points ?? null,
    rules: s.index?.rules ?? null,
    oneStopScores: await oneStopScores(ctx, unit, q.to),
  };
}
