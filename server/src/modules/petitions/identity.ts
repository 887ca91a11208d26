import { foldVietnamese, type PetitionerInput, type PetitionIdentity } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitionIdentities } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import type { Secrets } from "../../platform/secrets";

export type IdentityRow = typeof petitionIdentities.$inferSelect;
const PURPOSE = "petition-identity/v1";
/** What the audit trail keeps instead of a sealed identity. */
export const SEALED_MARKER = "[sealed]";
export const RECORDED_MARKER = "[recorded]";

/** Keyed hashes that link petitions of the same applicant without storing who it is in clear. */
export function keysOf(secrets: Secrets, who: PetitionIdentity) {
  return {
    personKey: secrets.blindIndex(who.personalId ? `pid:${who.personalId}` : null),
    nameKey: secrets.blindIndex(`name:${foldVietnamese(who.fullName)}|${foldVietnamese(who.address ?? "")}`),
  };
}

export function normalizeIdentity(who: PetitionerInput): PetitionIdentity {
  return {
    fullName: who.fullName,
    personalId: who.personalId ?? null,
    address: who.address ?? null,
    phone: who.phone ?? null,
    email: who.email ?? null,
  };
}

/** A confidential identity goes only into `sealed`; the plain columns stay empty. */
export function identityValues(
  secrets: Secrets,
  target: { petitionId: string; unitId: string },
  who: PetitionIdentity,
  seal: boolean,
): typeof petitionIdentities.$inferInsert {
  const keys = keysOf(secrets, who);
  if (seal) {
    return { ...target, ...keys, isSealed: true, sealed: secrets.seal(JSON.stringify(who), PURPOSE) };
  }
  return { ...target, ...keys, isSealed: false, ...who };
}

export function openIdentity(secrets: Secrets, row: IdentityRow): PetitionIdentity {
  if (row.isSealed && row.sealed) {
    return JSON.parse(secrets.open(row.sealed, PURPOSE)) as PetitionIdentity;
  }
  return {
    fullName: row.fullName ?? "",
    personalId: row.personalId,
    address: row.address,
    phone: row.phone,
    email: row.email,
  };
}

export async function identityOf(db: Db, petitionId: string): Promise<IdentityRow | null> {
  const [row] = await db
    .select()
    .from(petitionIdentities)
    .where(eq(petitionIdentities.petitionId, petitionId));
  return row ?? null;
}

/**
 * The petitioner's row for a derived petition (split, second complaint, transfer), sealed when either side
 * asks for it, or null when there is no one to copy.
 */
export function copiedIdentityValues(
  secrets: Secrets,
  from: IdentityRow | null,
  target: { petitionId: string; unitId: string },
  seal: boolean,
) {
  return from ? identityValues(secrets, target, openIdentity(secrets, from), seal || from.isSealed) : null;
}

/** Seals an identity that was stored in clear, when a petition is reclassified as a denunciation. */
export async function sealIdentity(tx: Db, secrets: Secrets, row: IdentityRow) {
  if (row.isSealed) {
    return;
  }
  const target = { petitionId: row.petitionId, unitId: row.unitId };
  const values = identityValues(secrets, target, openIdentity(secrets, row), true);
  await tx
    .update(petitionIdentities)
    .set({ ...values, fullName: null, personalId: null, address: null, phone: null, email: null })
    .where(eq(petitionIdentities.petitionId, row.petitionId));
}

/** Every read of a sealed identity leaves an audit event naming who read it, never what they read. */
export async function auditIdentityRead(
  tx: Db,
  ctx: Ctx,
  p: { id: string; unitId: string },
  purpose: string,
) {
  await recordAudit(tx, ctx, {
    action: "petitions.read-identity",
    entityType: "petition",
    entityId: p.id,
    unitId: p.unitId,
    after: { identity: SEALED_MARKER, purpose },
  });
}
