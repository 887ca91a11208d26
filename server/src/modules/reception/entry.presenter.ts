import {
  CONFIDENTIAL_PETITIONER,
  type Locale,
  maskIdentifier,
  NOTICE_GROUNDS,
  type ReceptionEntry,
  type RefusalGround,
} from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitions, receptionIdentities } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { type EntryRow, todayVn } from "./internal";
import { canManageReception, canReadVisitor } from "./reception.policy";

export type EntryWithUnit = { row: EntryRow; unitPath: string; hostId: string | null };

const PETITION_OUTCOMES = new Set(["accepted", "transferred"]);

export function entryAbilities(actor: Actor, e: EntryWithUnit) {
  const manage = canManageReception(actor, e.unitPath);
  const r = e.row;
  return {
    createPetition: manage && !r.petitionId && PETITION_OUTCOMES.has(r.outcome),
    refusalNotice: manage && r.outcome === "refused" && !r.refusalNoticeNo,
    followUp: manage,
    readIdentity: canReadVisitor(actor, {
      unitPath: e.unitPath,
      isConfidential: r.isConfidential,
      createdBy: r.createdBy,
      hostId: e.hostId,
    }),
    record: manage && r.kind !== "denunciation" && r.outcome !== "refused",
  };
}

/**
 * Book rows to the API shape. Only plain identity columns are read: a sealed identity never reaches a
 * list, whoever asks; lists show the name and a masked ID, never the address or phone.
 */
export async function presentEntries(
  db: Db,
  actor: Actor,
  locale: Locale,
  rows: EntryWithUnit[],
): Promise<ReceptionEntry[]> {
  const ids = rows.map((r) => r.row.id);
  const people = ids.length
    ? await db
        .select({
          entryId: receptionIdentities.entryId,
          fullName: receptionIdentities.fullName,
          personalId: receptionIdentities.personalId,
        })
        .from(receptionIdentities)
        .where(inArray(receptionIdentities.entryId, ids))
    : [];
  const personOf = new Map(people.map((p) => [p.entryId, p]));
  const petitionIds = rows.map((r) => r.row.petitionId).filter((x): x is string => !!x);
  const codes = petitionIds.length
    ? await db
        .select({ id: petitions.id, code: petitions.code })
        .from(petitions)
        .where(inArray(petitions.id, petitionIds))
    : [];
  const codeOf = new Map(codes.map((c) => [c.id, c.code]));
  const today = todayVn();
  return rows.map((e) => {
    const r = e.row;
    const person = personOf.get(r.id);
    const ground = r.refusalGround as RefusalGround | null;
    return {
      id: r.id,
      seq: r.seq,
      sessionId: r.sessionId,
      unitId: r.unitId,
      date: r.date,
      kind: r.kind as ReceptionEntry["kind"],
      visitor: r.isConfidential
        ? { name: CONFIDENTIAL_PETITIONER[locale], identifier: null, confidential: true }
        : {
            name: person?.fullName ?? "",
            identifier: maskIdentifier(person?.personalId),
            confidential: false,
          },
      peopleCount: r.peopleCount,
      isGroup: r.isGroup,
      representativeCount: r.representativeCount,
      appointmentFileId: r.appointmentFileId,
      summary: r.summary,
      request: r.request,
      previouslyHandledBy: r.previouslyHandledBy,
      withinCompetence: r.withinCompetence,
      outcome: r.outcome as ReceptionEntry["outcome"],
      guidance: r.guidanceBody ? { body: r.guidanceBody, documentNo: r.guidanceDocNo } : null,
      transfer: r.transferBody ? { body: r.transferBody, documentNo: r.transferDocNo } : null,
      refusal: ground
        ? {
            ground,
            explanation: r.refusalExplanation ?? "",
            noticeNo: r.refusalNoticeNo,
            noticeDate: r.refusalNoticeDate,
            noticeFileId: r.refusalNoticeFileId,
            noticeDue: r.refusalNoticeDue,
            noticeRequired: r.refusalNoticeDue !== null || NOTICE_GROUNDS.includes(ground),
          }
        : null,
      replyDue: r.replyDue,
      // Open until a follow-up (the reply) is written or the matter went into the petitions register.
      isReplyOverdue: r.replyDue !== null && r.replyDue < today && !r.followUp && !r.petitionId,
      followUp: r.followUp,
      note: r.note,
      petition: r.petitionId ? { id: r.petitionId, code: codeOf.get(r.petitionId) ?? "" } : null,
      attachments: r.attachments,
      createdAt: r.createdAt.toISOString(),
      abilities: entryAbilities(actor, e),
    };
  });
}
