import { averagePoints, type IndicatorQuery, type OfficialIndicators, officialBand } from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import { queryRows } from "../../../src/db/client";
import { units } from "../../../src/db/schema";
import { type Ctx, requireActor } from "../../../src/platform/context";
import { notFound } from "../../../src/platform/errors";
import { can } from "../../../src/platform/scope";

const OFFICIAL = ["1", "2", "3", "4", "7"] as const;

/** Per official: `s<i>` the sum of indicator i's points, `n<i>` the dossiers that have a value for it. */
type Row = { staffId: string; name: string; dossiers: number; [sumOrCount: string]: string | number | null };

/**
 * The reference for officialIndicators(): each official's score grouped straight from the scored dossiers
 * and their steps of the unit's quarter, which the per-official running sums must always equal.
 */
export async function officialIndicatorsNaive(
  ctx: Ctx,
  query: IndicatorQuery,
): Promise<{ items: OfficialIndicators[] }> {
  const actor = requireActor(ctx);
  const [unit] = await ctx.db.select().from(units).where(eq(units.id, query.unitId));
  if (!unit || !can(actor, "onestop.read", unit.path)) {
    throw notFound("unit");
  }
  const sums = sql.join(
    OFFICIAL.map(
      (i) =>
        sql`sum((sc.points->>${i})::int)::int AS ${sql.identifier(`s${i}`)}, count(sc.points->>${i})::int AS ${sql.identifier(`n${i}`)}`,
    ),
    sql`, `,
  );
  const rows = await queryRows<Row>(
    ctx.db,
    sql`WITH scored AS (
        SELECT s.dossier_id, s.points, d.received_by, d.round FROM onestop_dossier_scores s
        JOIN onestop_dossiers d ON d.id = s.dossier_id
        WHERE s.unit_id = ${unit.id} AND s.period = ${query.period}
      ), people AS (
        SELECT received_by AS staff_id, dossier_id FROM scored WHERE received_by IS NOT NULL
        UNION
        SELECT st.completed_by, st.dossier_id FROM onestop_dossier_steps st
        JOIN scored ON scored.dossier_id = st.dossier_id AND scored.round = st.round
        WHERE st.completed_by IS NOT NULL
      )
      SELECT p.staff_id::text AS "staffId", COALESCE(f.full_name, '') AS name, count(*)::int AS dossiers, ${sums}
      FROM people p JOIN scored sc ON sc.dossier_id = p.dossier_id
      LEFT JOIN staff f ON f.id = p.staff_id
      GROUP BY p.staff_id, f.full_name`,
  );
  const items = rows.map((r) => {
    const indicators: Record<string, number | null> = {};
    for (const i of OFFICIAL) {
      indicators[i] = averagePoints(Number(r[`s${i}`] ?? 0), Number(r[`n${i}`]));
    }
    const present = Object.values(indicators).filter((v): v is number => v !== null);
    const score = present.length ? Math.round(present.reduce((a, b) => a + b, 0) * 10) / 10 : null;
    return {
      staff: { id: r.staffId, name: r.name },
      dossierCount: r.dossiers,
      indicators,
      score,
      band: score === null ? null : officialBand(score),
    };
  });
  const collator = new Intl.Collator("vi");
  items.sort((a, b) => collator.compare(a.staff.name, b.staff.name) || a.staff.id.localeCompare(b.staff.id));
  return { items };
}
