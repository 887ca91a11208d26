import type { HouseholdImportInput } from "@danvan/common";
import { and, eq, inArray, sql } from "drizzle-orm";
import { householdMembers, households } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { translate } from "../../platform/messages";
import { secretsFor } from "../../platform/secrets";
import { getUnitOrThrow } from "../directory";
import { canManageConsultations } from "./consultation.policy";
import { readHouseholdTable } from "./household-table";

/**
 * Imports a unit's household register from a table. Any bad row rejects the whole table with every
 * row's errors; a good table is saved in one transaction (existing household codes are updated).
 */
export async function importHouseholds(ctx: Ctx, input: HouseholdImportInput) {
  const actor = requireActor(ctx);
  const { records, errors } = readHouseholdTable(input.header, input.rows);
  if (errors.length > 0) {
    throw new AppError(
      "VALIDATION",
      "validation",
      errors.map((e) => ({ path: e.path, message: translate(e.message, ctx.locale) })),
    );
  }
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
      throw invalid("unitId", "notFound");
    });
    if (!canManageConsultations(actor, unit.path)) {
      throw invalid("unitId", "forbidden");
    }
    const codes = records.map((r) => r.code);
    const existing = await tx
      .select({ id: households.id, code: households.code })
      .from(households)
      .where(and(eq(households.unitId, unit.id), inArray(households.code, codes)));
    const idByCode = new Map(existing.map((h) => [h.code, h.id]));
    const rows = records.map((r) => ({
      id: idByCode.get(r.code) ?? newId(),
      unitId: unit.id,
      hamlet: r.hamlet,
      code: r.code,
      headName: r.headName,
      address: r.address,
      phoneSealed: r.phone ? secrets.seal(r.phone, "household-phone") : null,
      phoneIndex: secrets.blindIndex(r.phone),
      isActive: true,
      createdBy: actor.id,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(households)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [households.unitId, households.code],
          set: {
            hamlet: sql`excluded.hamlet`,
            headName: sql`excluded.head_name`,
            address: sql`excluded.address`,
            phoneSealed: sql`excluded.phone_sealed`,
            phoneIndex: sql`excluded.phone_index`,
            isActive: true,
            updatedAt: new Date(),
          },
        });
    }
    const ids = rows.map((r) => r.id);
    const known = await tx
      .select({ householdId: householdMembers.householdId, fullName: householdMembers.fullName })
      .from(householdMembers)
      .where(inArray(householdMembers.householdId, ids));
    const seen = new Set(known.map((m) => `${m.householdId}:${m.fullName}`));
    // Members already registered stay (votes may name them); new names are added.
    const members = records.flatMap((r, i) =>
      r.members
        .filter((m) => !seen.has(`${rows[i]!.id}:${m.fullName}`))
        .map((m) => ({
          id: newId(),
          householdId: rows[i]!.id,
          fullName: m.fullName,
          relation: m.relation,
          birthYear: m.birthYear,
          isHead: m.fullName === r.headName,
        })),
    );
    for (let i = 0; i < members.length; i += 500) {
      await tx.insert(householdMembers).values(members.slice(i, i + 500));
    }
    const report = { created: rows.length - existing.length, updated: existing.length, total: rows.length };
    await recordAudit(tx, ctx, {
      action: "consultations.import-households",
      entityType: "unit",
      entityId: unit.id,
      unitId: unit.id,
      after: { ...report, codes: codes.slice(0, 50) },
    });
    return report;
  });
}
