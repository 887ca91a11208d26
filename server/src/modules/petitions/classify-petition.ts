import type { ClassifyPetitionInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossiers, units } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { groupThreshold } from "./deadlines";
import { identityOf, sealIdentity } from "./identity";
import { transitionPetition } from "./transition";

/** The dossier a procedure feedback names must belong to the petition's unit or a unit below it. */
async function dossierOfUnit(tx: Db, code: string, unitPath: string) {
  const [row] = await tx
    .select({ id: dossiers.id, path: units.path })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.code, code));
  if (!row?.path.startsWith(unitPath)) {
    throw invalid("dossierCode", "petitionDossierNotFound");
  }
  return row.id;
}

/**
 * Classifies by content, eligibility, competence and signatories (TT 05/2021; ≥ 5 signers is a group
 * petition by the rule in force on the day of receipt). Reclassifying as a denunciation seals the
 * identity at once; an anonymous denunciation becomes information (Luật Tố cáo Đ.25).
 */
export function classifyPetition(ctx: Ctx, id: string, input: ClassifyPetitionInput) {
  const secrets = secretsFor(ctx.config);
  return transitionPetition(ctx, id, {
    ability: "classify",
    verb: "classify",
    note: input.eligible ? null : (input.ineligibleReason ?? null),
    data: {
      kind: input.kind,
      eligible: input.eligible,
      withinCompetence: input.withinCompetence,
      competentBody: input.competentBody ?? null,
      isMultiContent: input.isMultiContent,
    },
    update: async ({ p, unitPath }, tx) => {
      const toDenunciation = input.kind === "denunciation";
      if (toDenunciation && !p.isConfidential) {
        const row = await identityOf(tx, p.id);
        if (row) {
          await sealIdentity(tx, secrets, row);
        }
      }
      const signerCount = input.signerCount ?? p.signerCount;
      const information = toDenunciation && p.isAnonymous;
      const dossierId = input.dossierCode ? await dossierOfUnit(tx, input.dossierCode, unitPath) : null;
      return {
        kind: input.kind,
        round: input.kind === "complaint" ? p.round : 1,
        status: information ? "information" : "received",
        isConfidential: p.isConfidential || toDenunciation,
        eligible: input.eligible,
        ineligibleReason: input.eligible ? null : (input.ineligibleReason ?? null),
        withinCompetence: input.withinCompetence,
        competentBody: input.withinCompetence ? null : (input.competentBody ?? null),
        isMultiContent: input.isMultiContent,
        concernsProcedure: dossierId !== null || (input.concernsProcedure ?? p.concernsProcedure),
        dossierId: input.dossierCode === undefined ? p.dossierId : dossierId,
        signerCount,
        isGroup: signerCount >= (await groupThreshold(tx, p.receivedDate)),
        hasOriginalDocuments: input.hasOriginalDocuments ?? p.hasOriginalDocuments,
        classifiedAt: new Date(),
        classifiedBy: ctx.actor?.id ?? null,
      };
    },
  });
}
