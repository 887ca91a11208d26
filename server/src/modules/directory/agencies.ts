import type { CreateAgencyInput, CreatePositionInput, UpdateAgencyInput } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { agencies, positions, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canAnywhere, inScope } from "../../platform/scope";
import { presentAgency } from "./agency.presenter";
import { canManageAgency } from "./directory.policy";
import { getAgencyOrThrow, getUnitOrThrow, isUniqueViolation } from "./internal";

/** Agencies of the units the actor can see, optionally of one unit. */
export async function listAgencies(ctx: Ctx, unitId?: string) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select({ a: agencies, unitName: units.name, unitPath: units.path })
    .from(agencies)
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(
      and(inScope(units.path, actor, "directory.read"), unitId ? eq(agencies.unitId, unitId) : undefined),
    );
  const collator = new Intl.Collator("vi");
  return rows
    .sort((x, y) => collator.compare(x.unitName, y.unitName) || collator.compare(x.a.name, y.a.name))
    .map((r) => presentAgency(actor, r.a, { name: r.unitName, path: r.unitPath }));
}

/** Creates an agency (department, reception committee, one-stop desk…) inside a unit. */
export async function createAgency(ctx: Ctx, input: CreateAgencyInput) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "directory.agencies.manage"));
  try {
    return await withTransaction(ctx, async (tx) => {
      const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
        throw invalid("unitId", "notFound");
      });
      if (!canManageAgency(actor, unit.path)) {
        throw invalid("unitId", "forbidden");
      }
      const [row] = await tx
        .insert(agencies)
        .values({ id: newId(), ...input })
        .returning();
      await recordAudit(tx, ctx, {
        action: "directory.create-agency",
        entityType: "agency",
        entityId: row!.id,
        unitId: unit.id,
        after: row,
      });
      return presentAgency(actor, row!, unit);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict("duplicateCode", [{ path: "code", message: "duplicateCode" }]);
    }
    throw err;
  }
}

export async function updateAgency(ctx: Ctx, id: string, input: UpdateAgencyInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const { a: before, unitPath } = await getAgencyOrThrow(tx, id);
    if (!canManageAgency(actor, unitPath)) {
      throw notFound("agency");
    }
    const [after] = await tx.update(agencies).set(input).where(eq(agencies.id, id)).returning();
    await recordAudit(tx, ctx, {
      action: "directory.update-agency",
      entityType: "agency",
      entityId: id,
      unitId: before.unitId,
      before,
      after,
    });
    const unit = await getUnitOrThrow(tx, before.unitId);
    return presentAgency(actor, after!, unit);
  });
}

export async function listPositions(ctx: Ctx, agencyId: string) {
  const actor = requireActor(ctx);
  const rows = await ctx.db
    .select({ p: positions })
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(and(eq(positions.agencyId, agencyId), inScope(units.path, actor, "directory.read")));
  return rows.map((r) => r.p);
}

export async function createPosition(ctx: Ctx, input: CreatePositionInput) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "directory.agencies.manage"));
  return withTransaction(ctx, async (tx) => {
    const { a, unitPath } = await getAgencyOrThrow(tx, input.agencyId).catch(() => {
      throw invalid("agencyId", "notFound");
    });
    if (!canManageAgency(actor, unitPath)) {
      throw invalid("agencyId", "forbidden");
    }
    const [row] = await tx
      .insert(positions)
      .values({ id: newId(), ...input })
      .returning();
    await recordAudit(tx, ctx, {
      action: "directory.create-position",
      entityType: "position",
      entityId: row!.id,
      unitId: a.unitId,
      after: row,
    });
    return row!;
  });
}
