import { PETITION_LIMITS } from "@danvan/common";
import { and, asc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitionIdentities, petitions } from "../../db/schema";
import { AppError } from "../../platform/errors";
import { ruleInForce } from "../calendar/rules";
import { identityOf } from "./identity";
import type { PetitionRow } from "./internal";

/** Same content: trigram similarity of the diacritic-folded texts, the way the GIN index folds them. */
export const similarContent = (column: SQL | typeof petitions.content, text: string, threshold: number) =>
  sql`similarity(lower(f_unaccent(${column})), lower(f_unaccent(${text}))) >= ${threshold}`;

/**
 * Guide or transfer only once for the same applicant and content (TT 07/2014 Đ.8; TT 05/2021 Đ.14 k.1):
 * refuses when this unit already guided or transferred as many as the rule allows, naming the earlier one.
 */
export async function assertOnceOnly(tx: Db, p: PetitionRow, onDate: string) {
  const me = await identityOf(tx, p.id);
  if (!me || (!me.personKey && !me.nameKey)) {
    return;
  }
  const rule = await ruleInForce(tx, "petition.guide_max", onDate).catch(() => null);
  const max = Number((rule?.value as { max?: number } | undefined)?.max ?? 1);
  const sameApplicant = or(
    me.personKey ? eq(petitionIdentities.personKey, me.personKey) : undefined,
    me.nameKey ? eq(petitionIdentities.nameKey, me.nameKey) : undefined,
  );
  const earlier = await tx
    .select({ code: petitions.code })
    .from(petitions)
    .innerJoin(petitionIdentities, eq(petitionIdentities.petitionId, petitions.id))
    .where(
      and(
        eq(petitions.unitId, p.unitId),
        ne(petitions.id, p.id),
        inArray(petitions.status, ["guided", "transferred"]),
        sameApplicant,
        similarContent(petitions.content, p.content, PETITION_LIMITS.similarThreshold),
      ),
    )
    .orderBy(asc(petitions.decisionDate), asc(petitions.createdAt))
    .limit(max);
  if (earlier.length >= max && earlier[0]) {
    throw new AppError(
      "CONFLICT",
      "petitionOnceOnly",
      [{ path: "earlierPetition", message: earlier[0].code }],
      {
        code: earlier[0].code,
      },
    );
  }
}
