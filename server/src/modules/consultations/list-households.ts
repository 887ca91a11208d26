import type { HouseholdView } from "@danvan/common";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { householdMembers, households } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { getUnitOrThrow } from "../directory";
import { canManageConsultations } from "./consultation.policy";

type Row = typeof households.$inferSelect;

export async function presentHouseholds(ctx: Ctx, db: Db, rows: Row[]): Promise<HouseholdView[]> {
  const secrets = secretsFor(ctx.config);
  const members = rows.length
    ? await db
        .select()
        .from(householdMembers)
        .where(
          inArray(
            householdMembers.householdId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((h) => {
    const phone = h.phoneSealed ? secrets.open(h.phoneSealed, "household-phone") : null;
    return {
      id: h.id,
      unitId: h.unitId,
      hamlet: h.hamlet,
      code: h.code,
      headName: h.headName,
      address: h.address,
      phoneMasked: phone ? `${"•".repeat(Math.max(0, phone.length - 3))}${phone.slice(-3)}` : null,
      members: members
        .filter((m) => m.householdId === h.id)
        .map((m) => ({
          id: m.id,
          fullName: m.fullName,
          relation: m.relation,
          birthYear: m.birthYear,
          isHead: m.isHead,
        })),
    };
  });
}

/** The household register of a unit (optionally one block or hamlet), for the officers who keep it. */
export async function listHouseholds(ctx: Ctx, q: { unitId: string; hamlet?: string; limit: number }) {
  const actor = requireActor(ctx);
  const unit = await getUnitOrThrow(ctx.db, q.unitId).catch(() => {
    throw notFound("unit");
  });
  if (!canManageConsultations(actor, unit.path)) {
    throw notFound("unit");
  }
  const rows = await ctx.db
    .select()
    .from(households)
    .where(
      and(
        eq(households.unitId, unit.id),
        eq(households.isActive, true),
        q.hamlet ? eq(households.hamlet, q.hamlet) : undefined,
      ),
    )
    .orderBy(asc(households.hamlet), asc(households.code))
    .limit(q.limit);
  return { items: await presentHouseholds(ctx, ctx.db, rows) };
}
