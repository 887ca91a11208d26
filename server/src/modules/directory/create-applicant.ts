import { type CreateOrganisationInput, type CreatePersonInput, maskIdentifier } from "@danvan/common";
import { applicants } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, conflict, invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { canAnywhere } from "../../platform/scope";
import { presentApplicant } from "./applicant.presenter";
import { canManageApplicant } from "./directory.policy";
import { getUnitOrThrow, isUniqueViolation } from "./internal";

type NewApplicant =
  | ({ kind: "person" } & CreatePersonInput)
  | ({ kind: "organisation" } & CreateOrganisationInput);

/** Registers a citizen (with a 12-digit personal ID) or a business (with its tax code). */
export async function createApplicant(ctx: Ctx, input: NewApplicant) {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "applicants.manage"));
  try {
    return await withTransaction(ctx, async (tx) => {
      const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
        throw invalid("unitId", "notFound");
      });
      if (!canManageApplicant(actor, unit.path)) {
        throw invalid("unitId", "forbidden");
      }
      const values =
        input.kind === "person"
          ? { name: input.fullName, personalId: input.personalId ?? null, birthDate: input.birthDate ?? null }
          : { name: input.name, taxCode: input.taxCode, representative: input.representative ?? null };
      const [row] = await tx
        .insert(applicants)
        .values({
          id: newId(),
          kind: input.kind,
          ...values,
          phone: input.phone ?? null,
          email: input.email ?? null,
          address: input.address ?? null,
          unitId: unit.id,
          createdBy: actor.id,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: "directory.create-applicant",
        entityType: "applicant",
        entityId: row!.id,
        unitId: unit.id,
        // The trail is read by inspectors; the full ID number stays in the applicant row only.
        after: { ...row!, personalId: maskIdentifier(row!.personalId) },
      });
      return presentApplicant(row!, unit.name);
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const path = input.kind === "person" ? "personalId" : "taxCode";
      throw conflict(input.kind === "person" ? "duplicatePersonalId" : "duplicateTaxCode", [
        { path, message: input.kind === "person" ? "duplicatePersonalId" : "duplicateTaxCode" },
      ]);
    }
    throw err;
  }
}
