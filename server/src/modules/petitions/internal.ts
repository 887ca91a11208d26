import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { insertRows, rowsOf } from "../../db/insert-rows";
import { agencies, files, petitionEvents, petitions, staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { todayVn } from "../tasks/internal";
import { canViewPetition, type PetitionFacts } from "./petition.policy";

export { todayVn };
export type PetitionRow = typeof petitions.$inferSelect;
export type LoadedPetition = { p: PetitionRow; unitPath: string; unitName: string; facts: PetitionFacts };

export function factsOf(p: PetitionRow, unitPath: string): PetitionFacts {
  return {
    status: p.status,
    kind: p.kind,
    round: p.round,
    unitPath,
    handlerId: p.handlerId,
    isConfidential: p.isConfidential,
    classified: p.classifiedAt !== null,
    isMultiContent: p.isMultiContent,
    resolveDue: p.resolveDue,
    extensionsLeft: null,
  };
}

/** Loads a petition the actor may see, else "not found": an unseen petition does not exist for them. */
export async function loadPetition(
  tx: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<LoadedPetition> {
  const q = tx
    .select({ p: petitions, unitPath: units.path, unitName: units.name })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.unitId))
    .where(eq(petitions.id, id));
  const [row] = forUpdate ? await q.for("update", { of: petitions }) : await q;
  if (!row) {
    throw notFound("petition");
  }
  const facts = factsOf(row.p, row.unitPath);
  if (!canViewPetition(actor, facts)) {
    throw notFound("petition");
  }
  return { p: row.p, unitPath: row.unitPath, unitName: row.unitName, facts };
}

/** Appends a timeline entry; notes and data never carry a sealed identity. */
export async function addEvent(
  tx: Db,
  p: Pick<PetitionRow, "id" | "unitId">,
  actorId: string | null,
  type: string,
  extra: { note?: string | null; data?: unknown; fileIds?: string[] } = {},
) {
  await insertRows(tx, [eventRow(p, actorId, type, extra)]);
}

/** The timeline entry's row, not yet written: for a caller that sends it with its other rows. */
export function eventRow(
  p: Pick<PetitionRow, "id" | "unitId">,
  actorId: string | null,
  type: string,
  extra: { note?: string | null; data?: unknown; fileIds?: string[] } = {},
) {
  return rowsOf(petitionEvents, {
    id: newId(),
    petitionId: p.id,
    unitId: p.unitId,
    type,
    actorId,
    note: extra.note ?? null,
    data: extra.data ?? null,
    fileIds: extra.fileIds ?? [],
  });
}

/** Attachments must be uploads of the acting officer (POST /api/v1/files). */
export async function checkAttachments(tx: Db, actorId: string, ids: string[], path = "attachments") {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return unique;
  }
  const found = await tx
    .select({ id: files.id })
    .from(files)
    .where(and(inArray(files.id, unique), eq(files.uploadedBy, actorId)))
    .for("key share");
  if (found.length !== unique.length) {
    throw invalid(path, "fileUnknown");
  }
  return unique;
}

/** A decision date: today by default, never before receipt nor in the future. */
export function decisionDateOf(
  p: Pick<PetitionRow, "receivedDate">,
  given: string | undefined,
  path = "decisionDate",
) {
  const today = todayVn();
  const date = given ?? today;
  if (date > today || date < p.receivedDate) {
    throw invalid(path, "petitionDateOutOfRange");
  }
  return date;
}

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** An agency of the catalogue with its unit path, or a 400 on `path`. */
export async function agencyOrInvalid(tx: Db, id: string, path: string) {
  const [row] = await tx
    .select({ a: agencies, unitPath: units.path })
    .from(agencies)
    .innerJoin(units, eq(units.id, agencies.unitId))
    .where(eq(agencies.id, id));
  if (!row?.a.isActive) {
    throw invalid(path, "petitionTargetUnknown");
  }
  return row;
}

/** A unit of the catalogue still in existence, or a 400 on `path`. */
export async function unitOrInvalid(tx: Db, id: string, path: string) {
  const [row] = await tx.select().from(units).where(eq(units.id, id));
  if (!row || row.validTo !== null) {
    throw invalid(path, "petitionTargetUnknown");
  }
  return row;
}

export async function staffWithPath(tx: Db, id: string) {
  const [row] = await tx
    .select({ s: staff, unitPath: units.path })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, id));
  return row ?? null;
}
