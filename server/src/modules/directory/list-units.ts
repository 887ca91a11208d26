import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { unitSuccessions, units } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { presentUnit } from "./unit.presenter";

/** Units under the actor's grants, with merger links; retired units only when history is asked for. */
export async function listUnits(ctx: Ctx, opts: { includeHistory: boolean }) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select()
    .from(units)
    .where(
      and(
        inScope(units.path, actor, "directory.read"),
        opts.includeHistory ? undefined : or(isNull(units.validTo), sql`${units.validTo} >= current_date`),
      ),
    )
    .orderBy(units.depth, units.code);
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await ctx.db
        .select()
        .from(unitSuccessions)
        .where(or(inArray(unitSuccessions.fromUnitId, ids), inArray(unitSuccessions.toUnitId, ids)))
    : [];
  const otherIds = [...new Set(links.flatMap((l) => [l.fromUnitId, l.toUnitId]))].filter(
    (id) => !ids.includes(id),
  );
  const others = otherIds.length ? await ctx.db.select().from(units).where(inArray(units.id, otherIds)) : [];
  const byId = new Map([...rows, ...others].map((u) => [u.id, { id: u.id, code: u.code, name: u.name }]));
  const refs = (list: string[]) => list.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const collator = new Intl.Collator("vi");
  rows.sort((a, b) => a.depth - b.depth || collator.compare(a.name, b.name));
  return rows.map((u) =>
    presentUnit(
      actor,
      u,
      refs(links.filter((l) => l.fromUnitId === u.id).map((l) => l.toUnitId)),
      refs(links.filter((l) => l.toUnitId === u.id).map((l) => l.fromUnitId)),
    ),
  );
}

export async function getUnitVisible(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const [row] = await ctx.db
    .select()
    .from(units)
    .where(and(eq(units.id, id), inScope(units.path, actor, "directory.read")));
  return row ?? null;
}
