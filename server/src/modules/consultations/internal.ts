import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { consultationAreas, consultations, files, households, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { type ConsultationFacts, canReadConsultations } from "./consultation.policy";

export type ConsultationRow = typeof consultations.$inferSelect;
export type LoadedConsultation = {
  c: ConsultationRow;
  unitPath: string;
  unitName: string;
  facts: ConsultationFacts;
};

/** Loads a consultation the actor may see, else "not found". */
export async function loadConsultation(
  tx: Db,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<LoadedConsultation> {
  const q = tx
    .select({ c: consultations, unitPath: units.path, unitName: units.name })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(eq(consultations.id, id));
  const [row] = forUpdate ? await q.for("update", { of: consultations }) : await q;
  if (!row || !canReadConsultations(actor, row.unitPath)) {
    throw notFound("consultation");
  }
  return { ...row, facts: factsOf(row.c, row.unitPath) };
}

export function factsOf(c: ConsultationRow, unitPath: string): ConsultationFacts {
  return {
    unitPath,
    ownerId: c.ownerId,
    directorId: c.directorId,
    votingOpen: c.votingOpen,
    isClosed: c.votingClosedAt !== null,
  };
}

/** A published consultation, for the public side; drafts do not exist there. */
export async function loadPublished(db: Db, id: string) {
  const [row] = await db
    .select({ c: consultations, unitName: units.name })
    .from(consultations)
    .innerJoin(units, eq(units.id, consultations.unitId))
    .where(and(eq(consultations.id, id), eq(consultations.isPublished, true)));
  if (!row) {
    throw notFound("consultation");
  }
  return row;
}

/** SQL: the household lies in one of the consultation's areas (its unit, and its block when one is named). */
export function inAreas(consultationId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${consultationAreas} a WHERE a.consultation_id = ${consultationId}
    AND a.unit_id = ${households.unitId} AND (a.hamlet IS NULL OR a.hamlet = ${households.hamlet}))`;
}

/** Active households concerned: the denominator of every threshold (all households, not those present). */
export async function concernedHouseholdIds(db: Db, consultationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.isActive, true), inAreas(consultationId)));
  return rows.map((r) => r.id);
}

export async function isConcerned(db: Db, consultationId: string, householdId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.id, householdId), eq(households.isActive, true), inAreas(consultationId)));
  return !!row;
}

/** Attachments must be uploaded files; their metadata goes with the consultation. */
export async function assertFiles(db: Db, ids: string[], path: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return unique;
  }
  const found = await db
    .select({ id: files.id })
    .from(files)
    .where(inArray(files.id, unique))
    .for("key share");
  if (found.length !== unique.length) {
    throw invalid(path, "fileUnknown");
  }
  return unique;
}

export async function fileInfo(db: Db, ids: string[]) {
  if (ids.length === 0) {
    return [];
  }
  const rows = await db
    .select({ id: files.id, name: files.name, mime: files.mime, size: files.size })
    .from(files)
    .where(inArray(files.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

export const PHASE_ORDER = ["information", "discussion", "decision", "implementation", "monitoring"] as const;
