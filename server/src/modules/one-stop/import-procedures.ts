import "./import-messages";
import { createHash } from "node:crypto";
import type { ProcedureImportResult } from "@danvan/common";
import { and, eq, inArray, like } from "drizzle-orm";
import { agencies, procedures, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { can, canAnywhere } from "../../platform/scope";
import { getUnitOrThrow } from "../directory";
import { isUniqueViolation } from "../directory/internal";
import { planImport } from "./import-plan";
import { readImportWorkbook } from "./import-read";

const rootOf = (path: string) => path.split("/")[1] ?? "";

/**
 * Imports a unit's catalogue from the workbook: each row creates a procedure or replaces the one with
 * the same code, checked by the create form's contract. All or nothing: one bad row and nothing is
 * written; a dry run only reports. Every write is audited in the same transaction. Without `unitId`
 * the catalogue is the officer's own unit's.
 */
export async function importProcedures(
  ctx: Ctx,
  unitId: string | undefined,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<ProcedureImportResult> {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "onestop.catalogue.manage"));
  const unit = await getUnitOrThrow(ctx.db, unitId ?? actor.unitId).catch(() => {
    throw invalid("unitId", "notFound");
  });
  if (!can(actor, "onestop.catalogue.manage", unit.path)) {
    throw invalid("unitId", "onestopUnitOutOfScope");
  }
  if (unit.validTo !== null) {
    throw invalid("unitId", "unitRetired");
  }
  const workbook = await readImportWorkbook(bytes, ctx.locale);
  // A step may be handed to an agency of the same province only (as in the form's catalogue check).
  const province = await ctx.db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(and(eq(agencies.isActive, true), like(units.path, `/${rootOf(unit.path)}/%`)));
  const { candidates, errors } = planImport(workbook, unit.id, province, ctx.locale);
  const codes = candidates.map((c) => c.input.code);
  const existing = codes.length
    ? await ctx.db
        .select()
        .from(procedures)
        .where(and(eq(procedures.unitId, unit.id), inArray(procedures.code, codes)))
    : [];
  const byCode = new Map(existing.map((p) => [p.code, p]));
  const planned = candidates.map((c) => ({
    code: c.input.code,
    name: c.input.name,
    action: byCode.has(c.input.code) ? ("update" as const) : ("create" as const),
  }));
  const created = planned.filter((p) => p.action === "create").length;
  const result = {
    dryRun,
    applied: false,
    created,
    updated: planned.length - created,
    procedures: planned,
    errors,
  };
  if (dryRun || errors.length > 0 || candidates.length === 0) {
    return result;
  }
  await withTransaction(ctx, async (tx) => {
    for (const { input } of candidates) {
      const { unitId: _u, code, ...content } = input;
      const values = {
        ...content,
        legalBasis: content.legalBasis ?? null,
        effectiveTo: content.effectiveTo ?? null,
      };
      const before = byCode.get(code);
      const [row] = before
        ? await tx
            .update(procedures)
            .set({ ...values, updatedAt: new Date() })
            .where(eq(procedures.id, before.id))
            .returning()
        : await tx
            .insert(procedures)
            .values({ id: newId(), unitId: unit.id, code, ...values })
            .returning();
      await recordAudit(tx, ctx, {
        action: before ? "onestop.update-procedure" : "onestop.create-procedure",
        entityType: "procedure",
        entityId: row!.id,
        unitId: unit.id,
        before: before ?? null,
        after: row,
      });
    }
    await recordAudit(tx, ctx, {
      action: "onestop.import-procedures",
      entityType: "unit",
      entityId: unit.id,
      unitId: unit.id,
      after: {
        created: result.created,
        updated: result.updated,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      },
    });
  }).catch((err) => {
    // Another import or form created one of these codes since the file was read.
    throw isUniqueViolation(err)
      ? conflict("duplicateCode", [{ path: "file", message: "duplicateCode" }])
      : err;
  });
  return { ...result, applied: true };
}
