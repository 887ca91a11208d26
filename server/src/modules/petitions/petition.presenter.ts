import {
  ANONYMOUS_PETITIONER,
  CONFIDENTIAL_PETITIONER,
  type Locale,
  maskIdentifier,
  type Petition,
  type PetitionChannel,
  type PetitionKind,
  type PetitionStatus,
} from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, petitionIdentities, staff } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { type ExtensionState, extensionStates } from "./extensions";
import { daysBetween, factsOf, type PetitionRow, todayVn } from "./internal";
import { type PetitionFacts, petitionAbilities } from "./petition.policy";

export type ListRow = { p: PetitionRow; unitName: string; unitPath: string };

export const isOverdue = (p: Pick<PetitionRow, "currentDue">, today = todayVn()) =>
  p.currentDue !== null && p.currentDue < today;

function withExtensionsLeft(f: PetitionFacts, state: ExtensionState | undefined): PetitionFacts {
  return { ...f, extensionsLeft: state ? Math.max(0, state.max - state.used) : 0 };
}

/**
 * Petition rows to the list shape, names, and the extensions left on accepted ones, loaded in a few queries for the page. Only plain identity
 * columns are read here: a sealed identity never reaches a list, whoever asks.
 */
export async function presentPetitions(
  db: Db,
  actor: Actor,
  locale: Locale,
  rows: ListRow[],
): Promise<Petition[]> {
  const ids = rows.map((r) => r.p.id);
  const people = ids.length
    ? await db
        .select({
          petitionId: petitionIdentities.petitionId,
          fullName: petitionIdentities.fullName,
          personalId: petitionIdentities.personalId,
        })
        .from(petitionIdentities)
        .where(inArray(petitionIdentities.petitionId, ids))
    : [];
  const agencyIds = [...new Set(rows.map((r) => r.p.agencyId).filter((x): x is string => !!x))];
  const handlerIds = [...new Set(rows.map((r) => r.p.handlerId).filter((x): x is string => !!x))];
  const agencyNames = agencyIds.length
    ? await db
        .select({ id: agencies.id, name: agencies.name })
        .from(agencies)
        .where(inArray(agencies.id, agencyIds))
    : [];
  const handlers = handlerIds.length
    ? await db
        .select({ id: staff.id, fullName: staff.fullName })
        .from(staff)
        .where(inArray(staff.id, handlerIds))
    : [];
  const extensions = await extensionStates(
    db,
    rows.map((r) => r.p),
  );
  const today = todayVn();
  return rows.map(({ p, unitName, unitPath }) => {
    const who = people.find((x) => x.petitionId === p.id);
    const petitioner = p.isConfidential
      ? {
          name: CONFIDENTIAL_PETITIONER[locale],
          identifier: null,
          confidential: true,
          anonymous: p.isAnonymous,
        }
      : who?.fullName
        ? {
            name: who.fullName,
            identifier: maskIdentifier(who.personalId),
            confidential: false,
            anonymous: false,
          }
        : { name: ANONYMOUS_PETITIONER[locale], identifier: null, confidential: false, anonymous: true };
    return {
      id: p.id,
      code: p.code,
      unitId: p.unitId,
      unitName,
      kind: p.kind as PetitionKind,
      round: p.round,
      channel: p.channel as PetitionChannel,
      status: p.status as PetitionStatus,
      receivedDate: p.receivedDate,
      summary: p.summary,
      petitioner,
      signerCount: p.signerCount,
      isGroup: p.isGroup,
      classified: p.classifiedAt !== null,
      processDue: p.processDue,
      resolveDue: p.resolveDue,
      currentDue: p.currentDue,
      isOverdue: isOverdue(p, today),
      daysLeft: p.currentDue ? daysBetween(today, p.currentDue) : null,
      isComplex: p.isComplex,
      agency: p.agencyId
        ? { id: p.agencyId, name: agencyNames.find((a) => a.id === p.agencyId)?.name ?? "" }
        : null,
      handler: p.handlerId
        ? { id: p.handlerId, fullName: handlers.find((h) => h.id === p.handlerId)?.fullName ?? "" }
        : null,
      answerPublished: p.answerPublished,
      createdAt: p.createdAt.toISOString(),
      abilities: petitionAbilities(
        actor,
        withExtensionsLeft(factsOf(p, unitPath), extensions.get(p.id)),
        today,
      ),
    };
  });
}
