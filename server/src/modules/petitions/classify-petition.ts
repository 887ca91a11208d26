import type { ClassifyPetitionInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { secretsFor } from "../../platform/secrets";
import { groupThreshold } from "./deadlines";
import { identityOf, sealIdentity } from "./identity";
import { transitionPetition } from "./transition";

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
    update: async ({ p }, tx) => {
      const toDenunciation = input.kind === "denunciation";
      if (toDenunciation && !p.isConfidential) {
        const row = await identityOf(tx, p.id);
        if (row) {
          await sealIdentity(tx, secrets, row);
        }
      }
      const signerCount = input.signerCount ?? p.signerCount;
      const information = toDenunciation && p.isAnonymous;
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
        signerCount,
        isGroup: signerCount >= (await groupThreshold(tx, p.receivedDate)),
        hasOriginalDocuments: input.hasOriginalDocuments ?? p.hasOriginalDocuments,
        classifiedAt: new Date(),
        classifiedBy: ctx.actor?.id ?? null,
      };
    },
  });
}
