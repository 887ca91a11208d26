import { randomInt } from "node:crypto";
import { ONESTOP_LIMITS, ROLE_PERMISSIONS, type Role, type SubmittedDocumentInput } from "@danvan/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  type DossierDocumentRow,
  dossierEvents,
  dossiers,
  files,
  procedures,
  roleGrants,
  staff,
  units,
} from "../../db/schema";
import type { Actor } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Secrets } from "../../platform/secrets";
import { todayVn } from "../tasks/internal";
import { canViewDossier, type DossierFacts } from "./dossier.policy";
import { checkPinGuess } from "./track-dossier";

export { todayVn };
export type DossierRow = typeof dossiers.$inferSelect;
export type ProcedureRow = typeof procedures.$inferSelect;
export type LoadedDossier = { d: DossierRow; unitPath: string; unitName: string; facts: DossierFacts };

export const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

export function newPin(): string {
  return Array.from({ length: ONESTOP_LIMITS.pinLength }, () => randomInt(10)).join("");
}

export function factsOf(d: DossierRow, unitPath: string): DossierFacts {
  return {
    status: d.status,
    unitPath,
    handlerId: d.handlerId,
    supplementCount: d.supplementCount,
    processingReturnCount: d.processingReturnCount,
    reappointmentCount: d.reappointmentCount,
    conductComplaint: d.conductComplaint,
  };
}

/** Loads a dossier the actor may see, else "not found": an unseen dossier does not exist for them. */
export async function loadDossier(
  tx: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<LoadedDossier> {
  const q = tx
    .select({ d: dossiers, unitPath: units.path, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.id, id));
  const [row] = forUpdate ? await q.for("update", { of: dossiers }) : await q;
  if (!row) {
    throw notFound("dossier");
  }
  const facts = factsOf(row.d, row.unitPath);
  if (!canViewDossier(actor, facts)) {
    throw notFound("dossier");
  }
  return { d: row.d, unitPath: row.unitPath, unitName: row.unitName, facts };
}

/**
 * The dossier of a code, locked for update, for the applicant acting with the tracking PIN. A wrong PIN
 * answers like an unknown code (404) and counts as a guess against the client. The secrets are read
 * before the transaction opens.
 */
export async function lockDossierByPin(
  tx: Db,
  code: string,
  pin: string,
  client: string,
  secrets: Secrets,
): Promise<{ d: DossierRow; unitPath: string }> {
  const [row] = await tx
    .select({ d: dossiers, unitPath: units.path })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.code, code))
    .for("update", { of: dossiers });
  if (!row || !secrets.pinMatches(pin, row.d.pinHash)) {
    checkPinGuess(client, code);
    throw notFound("dossier");
  }
  return row;
}

/** Appends a timeline entry (internal: the public page never reads it). */
export async function addEvent(
  tx: Db,
  d: Pick<DossierRow, "id" | "unitId">,
  actorId: string | null,
  type: string,
  extra: { note?: string | null; data?: unknown; fileIds?: string[] } = {},
) {
  await tx.insert(dossierEvents).values({
    id: newId(),
    dossierId: d.id,
    unitId: d.unitId,
    type,
    actorId,
    note: extra.note ?? null,
    data: extra.data ?? null,
    fileIds: extra.fileIds ?? [],
  });
}

export async function getProcedure(tx: Db, id: string) {
  const [row] = await tx
    .select({
      p: procedures,
      unitPath: units.path,
      unitName: units.name,
      unitCode: units.code,
      unitValidTo: units.validTo,
    })
    .from(procedures)
    .innerJoin(units, eq(units.id, procedures.unitId))
    .where(eq(procedures.id, id));
  return row ?? null;
}

export function procedureInForce(p: ProcedureRow, day: string): boolean {
  return p.isPublished && p.effectiveFrom <= day && (p.effectiveTo === null || p.effectiveTo >= day);
}

/**
 * The submitted documents checked against the procedure's list, plus any free-text missing items (key →
 * the clerk's words): unknown keys and files that are not the officer's own uploads are refused (400 on
 * the item); the catalogue's name is copied for the slips.
 */
export async function checkDocuments(
  tx: Db,
  procedure: ProcedureRow,
  submitted: SubmittedDocumentInput[],
  uploaderId: string | null,
  path = "documents",
  freeText: ReadonlyMap<string, string> = new Map(),
): Promise<DossierDocumentRow[]> {
  const byKey = new Map<string, { name: string }>(procedure.documents.map((d) => [d.key, d]));
  for (const [key, name] of freeText) {
    byKey.set(key, { name });
  }
  const out: DossierDocumentRow[] = [];
  const seen = new Set<string>();
  for (const [i, s] of submitted.entries()) {
    const known = byKey.get(s.key);
    if (!known) {
      throw invalid(`${path}.${i}.key`, "onestopUnknownDocument");
    }
    if (seen.has(s.key)) {
      throw invalid(`${path}.${i}.key`, "duplicateCode");
    }
    seen.add(s.key);
    const fileIds = [...new Set(s.fileIds ?? [])];
    if (fileIds.length > 0) {
      const found = uploaderId
        ? await tx
            .select({ id: files.id })
            .from(files)
            .where(and(inArray(files.id, fileIds), eq(files.uploadedBy, uploaderId)))
            .for("key share")
        : [];
      if (found.length !== fileIds.length) {
        throw invalid(`${path}.${i}.fileIds`, "fileUnknown");
      }
    }
    out.push({ key: s.key, name: known.name, form: s.form, count: s.count ?? 1, fileIds });
  }
  return out;
}

/** Merges a supplement into the documents on file: a key given again replaces the earlier entry. */
export function mergeDocuments(current: DossierDocumentRow[], added: DossierDocumentRow[]) {
  const keys = new Set(added.map((a) => a.key));
  return [...current.filter((c) => !keys.has(c.key)), ...added];
}

/** The first required document of the list that is not on file, with its index in the list. */
export function firstMissingRequired(procedure: ProcedureRow, documents: DossierDocumentRow[]) {
  const have = new Set(documents.map((d) => d.key));
  const index = procedure.documents.findIndex((d) => d.required && !have.has(d.key));
  return index < 0 ? null : { index, doc: procedure.documents[index]! };
}

/** The dossier as the audit trail keeps it: the applicant's contact details stay out of the trail. */
export function trail(d: DossierRow | undefined) {
  if (!d) {
    return null;
  }
  const {
    applicantPhone: _p,
    applicantEmail: _e,
    applicantAddress: _a,
    applicantIdentifier: _i,
    ...rest
  } = d;
  return rest;
}

/** A handler must be active staff holding `onestop.process` over the dossier's unit, else a 400 on `path`. */
export async function checkHandler(tx: Db, staffId: string, unitPath: string, path: string) {
  const grants = await tx
    .select({ role: roleGrants.role, unitPath: units.path, isActive: staff.isActive })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .where(eq(roleGrants.staffId, staffId));
  const ok = grants.some(
    (g) =>
      g.isActive &&
      ROLE_PERMISSIONS[g.role as Role]?.includes("onestop.process") &&
      unitPath.startsWith(g.unitPath),
  );
  if (!ok) {
    throw invalid(path, "onestopHandlerInvalid");
  }
  return staffId;
}
