import type { DossierFigure } from "@danvan/common";
import { type SQL, sql } from "drizzle-orm";
import { queryRows } from "../../db/client";
import { dossiers, staff, units } from "../../db/schema";
import type { Actor, Ctx } from "../../platform/context";
import { inScope } from "../../platform/scope";

export type DossierKey = "unit" | "agency" | "handler" | "month" | "total";

type Raw = { key: string | null; n: number; early: number; on_time: number; late: number };

const KEYS: Record<DossierKey, SQL> = {
  unit: sql`${dossiers.unitId}::text`,
  agency: sql`${staff.agencyId}::text`,
  handler: sql`${dossiers.handlerId}::text`,
  month: sql`to_char(${dossiers.returnedDate}, 'YYYY-MM')`,
  total: sql`'total'`,
};

export function dossierFigure(r: Pick<Raw, "n" | "early" | "on_time" | "late"> | undefined): DossierFigure {
  const n = Number(r?.n ?? 0);
  const early = Number(r?.early ?? 0);
  const onTime = Number(r?.on_time ?? 0);
  return { n, early, onTime, late: Number(r?.late ?? 0), onTimeShare: n ? (early + onTime) / n : null };
}

/**
 * Dossiers whose result was returned in the period, counted by the timeliness stored when the result was
 * ready (the same fact TT 01/2018 indicator 1 scores): per unit, handler's agency, handler or month.
 * The unit-quarter rollups of the one-stop module cannot split early from on time nor follow a month.
 */
export async function dossierTimeliness(
  ctx: Ctx,
  actor: Actor,
  q: { unitPath: string; from: string; to: string; by: DossierKey; agencyId?: string },
): Promise<Map<string | null, DossierFigure>> {
  const rows = await queryRows<Raw>(
    ctx.db,
    sql`SELECT ${KEYS[q.by]} AS key,
          count(*)::int AS n,
          count(*) FILTER (WHERE ${dossiers.timeliness} = 'early')::int AS early,
          count(*) FILTER (WHERE ${dossiers.timeliness} = 'on_time')::int AS on_time,
          count(*) FILTER (WHERE ${dossiers.timeliness} = 'late')::int AS late
        FROM ${dossiers}
        JOIN ${units} ON ${units.id} = ${dossiers.unitId}
        LEFT JOIN ${staff} ON ${staff.id} = ${dossiers.handlerId}
        WHERE ${inScope(units.path, actor, "onestop.read")}
          AND ${units.path} LIKE ${`${q.unitPath}%`}
          AND ${dossiers.returnedDate} BETWEEN ${q.from} AND ${q.to}
          AND ${dossiers.timeliness} IS NOT NULL
          ${q.agencyId ? sql`AND ${staff.agencyId} = ${q.agencyId}` : sql``}
        GROUP BY 1`,
  );
  return new Map(rows.map((r) => [r.key, dossierFigure(r)]));
}
