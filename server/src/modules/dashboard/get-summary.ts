import type { DashboardQuery, DashboardSummary } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { breadcrumbOf, dashboardUnit } from "./internal";
import { unitSources } from "./sources";

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
  };
}
