import { PETITION_LIMITS, type SimilarCheckInput } from "@danvan/common";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { can } from "../../platform/scope";
import { secretsFor } from "../../platform/secrets";
import { getUnitOrThrow } from "../directory";
import { keysOf, normalizeIdentity } from "./identity";
import { findSimilar } from "./similar-petitions";

/**
 * Before an officer saves a petition: earlier petitions with the same applicant or similar content, so a
 * repeat is recognised at the counter. Nothing is stored; the applicant is compared by keyed hashes only.
 */
export async function checkSimilarBeforeIntake(ctx: Ctx, input: SimilarCheckInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
      throw invalid("unitId", "notFound");
    });
    if (!can(actor, "petitions.manage", unit.path)) {
      throw forbidden();
    }
    const keys = input.petitioner
      ? keysOf(secretsFor(ctx.config), normalizeIdentity(input.petitioner))
      : null;
    return findSimilar(
      tx,
      ctx,
      { id: null, content: input.content, unitId: unit.id, unitPath: unit.path, createdAt: null, keys },
      PETITION_LIMITS.similarThreshold,
    );
  });
}
