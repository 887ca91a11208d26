import type { TrackerInput } from "@danvan/common";
import { and, asc, eq } from "drizzle-orm";
import { affectedHouseholds, households } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { consensusOf, recordConsensusDay } from "./consensus";
import { canManageConsultations } from "./consultation.policy";
import { concernedHouseholdIds, isConcerned, loadConsultation } from "./internal";

/** Puts every household concerned on the site-clearance tracker (those already there keep their state). */
export async function enrolAffected(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    const ids = await concernedHouseholdIds(tx, id);
    for (let i = 0; i < ids.length; i += 500) {
      await tx
        .insert(affectedHouseholds)
        .values(
          ids
            .slice(i, i + 500)
            .map((householdId) => ({ consultationId: id, householdId, updatedBy: actor.id })),
        )
        .onConflictDoNothing();
    }
    await recordConsensusDay(tx, id);
    await recordAudit(tx, ctx, {
      action: "consultations.enrol-affected",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      after: { households: ids.length },
    });
  });
  return trackerView(ctx, id);
}

/** One household's progress; agreeing implies it was informed and gave its opinion. */
export async function updateAffected(ctx: Ctx, id: string, householdId: string, input: TrackerInput) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    if (!(await isConcerned(tx, id, householdId))) {
      throw invalid("householdId", "consultationHouseholdOutsideArea");
    }
    const [before] = await tx
      .select()
      .from(affectedHouseholds)
      .where(and(eq(affectedHouseholds.consultationId, id), eq(affectedHouseholds.householdId, householdId)));
    const merged = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    if (merged.agreed) {
      merged.informed = true;
      merged.opinionGiven = true;
    }
    if (merged.compensationReceived) {
      merged.compensationSubmitted = true;
    }
    const values = {
      informed: !!merged.informed,
      opinionGiven: !!merged.opinionGiven,
      agreed: !!merged.agreed,
      compensationSubmitted: !!merged.compensationSubmitted,
      compensationReceived: !!merged.compensationReceived,
      gravesRelocated: !!merged.gravesRelocated,
      concern: (merged.concern as string | null | undefined) ?? null,
      updatedBy: actor.id,
      updatedAt: new Date(),
    };
    await tx
      .insert(affectedHouseholds)
      .values({ consultationId: id, householdId, ...values })
      .onConflictDoUpdate({
        target: [affectedHouseholds.consultationId, affectedHouseholds.householdId],
        set: values,
      });
    await recordConsensusDay(tx, id);
    await recordAudit(tx, ctx, {
      action: "consultations.track",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      before: before ?? null,
      after: { householdId, ...values },
    });
  });
  return trackerView(ctx, id);
}

/** Who still has concerns and what they are: households not yet agreed come first. */
export async function trackerView(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  await loadConsultation(ctx.db, actor, id);
  const rows = await ctx.db
    .select({
      a: affectedHouseholds,
      code: households.code,
      headName: households.headName,
      hamlet: households.hamlet,
    })
    .from(affectedHouseholds)
    .innerJoin(households, eq(households.id, affectedHouseholds.householdId))
    .where(eq(affectedHouseholds.consultationId, id))
    .orderBy(asc(affectedHouseholds.agreed), asc(households.code))
    .limit(5000);
  return {
    rows: rows.map((r) => ({
      householdId: r.a.householdId,
      householdCode: r.code,
      headName: r.headName,
      hamlet: r.hamlet,
      informed: r.a.informed,
      opinionGiven: r.a.opinionGiven,
      agreed: r.a.agreed,
      compensationSubmitted: r.a.compensationSubmitted,
      compensationReceived: r.a.compensationReceived,
      gravesRelocated: r.a.gravesRelocated,
      concern: r.a.concern,
      updatedAt: r.a.updatedAt.toISOString(),
    })),
    consensus: await consensusOf(ctx.db, id),
  };
}
