import { PETITION_LIMITS, type SimilarReason } from "@danvan/common";
import { and, desc, eq, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitionIdentities, petitions, units } from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { inScope } from "../../platform/scope";
import { identityOf } from "./identity";
import { factsOf, loadPetition } from "./internal";
import { canReadIdentity } from "./petition.policy";
import { presentPetitions } from "./petition.presenter";

const DECIDED = ["resolved", "guided", "transferred", "archived"];

/** What earlier petitions are compared with: a saved petition, or one about to be saved. */
export type SimilarTarget = {
  id: string | null;
  content: string;
  unitId: string;
  unitPath: string;
  createdAt: Date | null;
  /** Applicant keys, only when the viewer may link this applicant to others. */
  keys: { personKey: string | null; nameKey: string | null } | null;
};

/**
 * Earlier petitions that repeat the target: the same applicant (by personal ID or name and address, keyed
 * hashes), similar content without diacritics (pg_trgm on the GIN-indexed fold), already decided, or
 * sent over a level. The applicant link is used only where the viewer may read both identities, so a
 * denouncer is never tied to a petition by this list.
 */
export async function findSimilar(tx: Db, ctx: Ctx, target: SimilarTarget, threshold: number) {
  const actor = requireActor(ctx);
  const k = target.keys;
  const sameApplicant: SQL | undefined =
    k && (k.personKey || k.nameKey)
      ? or(
          k.personKey ? eq(petitionIdentities.personKey, k.personKey) : undefined,
          k.nameKey ? eq(petitionIdentities.nameKey, k.nameKey) : undefined,
        )
      : undefined;
  // `%` uses the trigram index; the GUC is local to this transaction.
  await tx.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`);
  const folded = sql`lower(f_unaccent(${target.content}))`;
  const rows = await tx
    .select({
      p: petitions,
      unitName: units.name,
      unitPath: units.path,
      similarity: sql<number>`similarity(lower(f_unaccent(${petitions.content})), ${folded})`,
      same: sameApplicant ? sql<boolean>`coalesce(${sameApplicant}, false)` : sql<boolean>`false`,
    })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.unitId))
    .leftJoin(petitionIdentities, eq(petitionIdentities.petitionId, petitions.id))
    .where(
      and(
        target.id ? ne(petitions.id, target.id) : undefined,
        target.createdAt ? lt(petitions.createdAt, target.createdAt) : undefined,
        or(inScope(units.path, actor, "petitions.read"), eq(petitions.handlerId, actor.id)),
        or(sql`lower(f_unaccent(${petitions.content})) % ${folded}`, sameApplicant),
      ),
    )
    .orderBy(
      desc(sql`similarity(lower(f_unaccent(${petitions.content})), ${folded})`),
      desc(petitions.receivedDate),
    )
    .limit(PETITION_LIMITS.similarMax);
  const kept = rows.flatMap((r) => {
    const reasons: SimilarReason[] = [];
    const similarity = Number(r.similarity);
    if (r.same && canReadIdentity(actor, factsOf(r.p, r.unitPath))) {
      reasons.push("same_applicant");
    }
    if (similarity >= threshold) {
      reasons.push("similar_content");
    }
    if (reasons.length === 0) {
      return [];
    }
    if (DECIDED.includes(r.p.status)) {
      reasons.push("already_decided");
    }
    if ((r.p.status === "guided" || r.p.status === "transferred") && r.p.unitId === target.unitId) {
      reasons.push("guided_before");
    }
    const nested =
      r.unitPath !== target.unitPath &&
      (r.unitPath.startsWith(target.unitPath) || target.unitPath.startsWith(r.unitPath));
    if (nested) {
      reasons.push("over_level");
    }
    return [{ row: r, reasons, similarity: Math.round(similarity * 1000) / 1000 }];
  });
  const presented = await presentPetitions(
    tx,
    actor,
    ctx.locale,
    kept.map((k) => k.row),
  );
  return presented.map((petition, i) => ({
    petition,
    similarity: kept[i]!.similarity,
    reasons: kept[i]!.reasons,
  }));
}

/** Earlier petitions repeating a saved one, shown before the officer decides. */
export async function similarPetitions(ctx: Ctx, id: string, threshold: number) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const me = await loadPetition(tx, actor, id);
    const who = canReadIdentity(actor, me.facts) ? await identityOf(tx, id) : null;
    return findSimilar(
      tx,
      ctx,
      {
        id,
        content: me.p.content,
        unitId: me.p.unitId,
        unitPath: me.unitPath,
        createdAt: me.p.createdAt,
        keys: who ? { personKey: who.personKey, nameKey: who.nameKey } : null,
      },
      threshold,
    );
  });
}
