import { type CreateEntryInput, foldVietnamese, type VisitorIdentity } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { receptionIdentities } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import type { Secrets } from "../../platform/secrets";

const PURPOSE = "reception-identity/v1";
/** What the audit trail keeps instead of a sealed identity. */
export const SEALED_MARKER = "[sealed]";

export type IdentityRow = typeof receptionIdentities.$inferSelect;

export function identityOfInput(
  input: Pick<CreateEntryInput, "visitor" | "representatives">,
): VisitorIdentity {
  return {
    fullName: input.visitor.fullName,
    personalId: input.visitor.personalId ?? null,
    address: input.visitor.address,
    phone: input.visitor.phone ?? null,
    representatives: input.representatives.map((r) => ({
      fullName: r.fullName,
      personalId: r.personalId ?? null,
      address: r.address ?? null,
    })),
  };
}

/**
 * Stores the visitor as petitions store petitioners: a denouncer's identity only sealed, the plain
 * columns null; keyed hashes let repeat visits be found without opening it.
 */
export async function storeIdentity(
  tx: Db,
  secrets: Secrets,
  target: { entryId: string; unitId: string },
  who: VisitorIdentity,
  seal: boolean,
) {
  const keys = {
    personKey: secrets.blindIndex(who.personalId ? `pid:${who.personalId}` : null),
    nameKey: secrets.blindIndex(`name:${foldVietnamese(who.fullName)}|${foldVietnamese(who.address ?? "")}`),
  };
  if (seal) {
    await tx
      .insert(receptionIdentities)
      .values({ ...target, ...keys, isSealed: true, sealed: secrets.seal(JSON.stringify(who), PURPOSE) });
    return;
  }
  await tx.insert(receptionIdentities).values({
    ...target,
    ...keys,
    isSealed: false,
    fullName: who.fullName,
    personalId: who.personalId,
    address: who.address,
    phone: who.phone,
    representatives: who.representatives,
  });
}

export function openIdentity(secrets: Secrets, row: IdentityRow): VisitorIdentity {
  if (row.isSealed && row.sealed) {
    return JSON.parse(secrets.open(row.sealed, PURPOSE)) as VisitorIdentity;
  }
  return {
    fullName: row.fullName ?? "",
    personalId: row.personalId,
    address: row.address,
    phone: row.phone,
    representatives: (row.representatives as VisitorIdentity["representatives"] | null) ?? [],
  };
}

export async function identityRow(db: Db, entryId: string): Promise<IdentityRow | null> {
  const [row] = await db.select().from(receptionIdentities).where(eq(receptionIdentities.entryId, entryId));
  return row ?? null;
}

/** Every read of a sealed identity leaves an audit event naming who read it, never what they read. */
export async function auditIdentityRead(
  tx: Db,
  ctx: Ctx,
  entry: { id: string; unitId: string },
  purpose: string,
) {
  await recordAudit(tx, ctx, {
    action: "reception.read-identity",
    entityType: "reception_entry",
    entityId: entry.id,
    unitId: entry.unitId,
    after: { identity: SEALED_MARKER, purpose },
  });
}
