import { type CreateEntryInput, NOTICE_GROUNDS, RECEPTION_LIMITS, REFUSAL_GROUNDS } from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { receptionEntries, receptionSessions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { secretsFor } from "../../platform/secrets";
import { nextSequence } from "../../platform/sequence";
import { deadlineFor } from "../calendar/compute-deadline";
import { ruleInForce } from "../calendar/rules";
import { registerInteraction } from "../satisfaction";
import { presentEntries } from "./entry.presenter";
import { identityOfInput, SEALED_MARKER, storeIdentity } from "./entry-identity";
import { checkGroup } from "./group-rule";
import { checkAttachments, loadSession } from "./internal";
import { canManageReception } from "./reception.policy";
import { sessionAbilities } from "./session.presenter";

/** The written refusal notice is due within the rule in force (NĐ 154/2026 Đ.4: 3 working days). */
async function refusalNoticeDue(db: Db, ctx: Ctx, unitId: string, date: string, ground: string) {
  const rule = await ruleInForce(db, "reception.refusal.notice", date).catch(() => null);
  if (rule) {
    return (await deadlineFor(db, { from: date, ruleId: rule.id, unitId }, ctx.locale)).due;
  }
  // Before it, only a persisting resolved case needed a notice, given on the day (TT 06/2014 Đ.4).
  return NOTICE_GROUNDS.includes(ground as never) ? date : null;
}

/** Luật TCD 2013 Đ.28 k.1: a matter taken on or transferred gets a reply within the rule in force. */
async function replyDue(db: Db, ctx: Ctx, unitId: string, date: string, outcome: string) {
  if (outcome !== "accepted" && outcome !== "transferred") {
    return null;
  }
  const rule = await ruleInForce(db, "reception.reply", date).catch(() => null);
  return rule ? (await deadlineFor(db, { from: date, ruleId: rule.id, unitId }, ctx.locale)).due : null;
}

/**
 * Writes a line of the reception book for a session: the visitor (sealed for a denunciation), the
 * group and its representatives, the matter, competence, guidance, transfer or refusal with its ground.
 */
export async function createEntry(ctx: Ctx, sessionId: string, input: CreateEntryInput) {
  const actor = requireActor(ctx);
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const session = await loadSession(tx, actor, sessionId, true);
    if (!canManageReception(actor, session.unitPath)) {
      throw forbidden();
    }
    if (!sessionAbilities(actor, session).addEntry) {
      throw precondition("receptionSessionClosed");
    }
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(receptionEntries)
      .where(eq(receptionEntries.sessionId, sessionId))) as [{ n: number }];
    if (Number(n) >= RECEPTION_LIMITS.entriesPerSession) {
      throw invalid("(root)", "tooBig");
    }
    const date = session.row.date;
    const isGroup = await checkGroup(tx, input, date);
    const refusal = input.outcome === "refused" ? input.refusal : null;
    if (refusal && REFUSAL_GROUNDS[refusal.ground].effectiveFrom > date) {
      throw invalid("refusal.ground", "receptionRefusalGroundNotInForce");
    }
    const files = await checkAttachments(tx, actor.id, input.attachments);
    for (const [path, id] of [
      ["appointmentFileId", input.appointmentFileId],
      ["refusal.noticeFileId", refusal?.noticeFileId ?? null],
    ] as const) {
      if (id) {
        await checkAttachments(tx, actor.id, [id], path);
      }
    }
    // Numbered per unit code and year, like the paper book (STT); a successor unit keeps its own code.
    const seq = await nextSequence(tx, `reception-entry:${session.unitCode}:${date.slice(0, 4)}`);
    const confidential = input.kind === "denunciation";
    const id = newId();
    const [row] = await tx
      .insert(receptionEntries)
      .values({
        id,
        sessionId,
        unitId: session.row.unitId,
        seq,
        date,
        kind: input.kind,
        peopleCount: input.peopleCount,
        isGroup,
        representativeCount: input.representatives.length,
        appointmentFileId: input.appointmentFileId,
        summary: input.summary,
        request: input.request,
        previouslyHandledBy: input.previouslyHandledBy,
        withinCompetence: input.withinCompetence,
        outcome: input.outcome,
        guidanceBody: input.outcome === "guided" ? (input.guidance?.body ?? null) : null,
        guidanceDocNo: input.outcome === "guided" ? (input.guidance?.documentNo ?? null) : null,
        transferBody: input.outcome === "transferred" ? (input.transfer?.body ?? null) : null,
        transferDocNo: input.outcome === "transferred" ? (input.transfer?.documentNo ?? null) : null,
        refusalGround: refusal?.ground ?? null,
        refusalExplanation: refusal?.explanation ?? null,
        refusalNoticeNo: refusal?.noticeNo ?? null,
        refusalNoticeDate: refusal?.noticeDate ?? null,
        refusalNoticeFileId: refusal?.noticeFileId ?? null,
        refusalNoticeDue: refusal
          ? await refusalNoticeDue(tx, ctx, session.row.unitId, date, refusal.ground)
          : null,
        replyDue: await replyDue(tx, ctx, session.row.unitId, date, input.outcome),
        followUp: input.followUp,
        note: input.note,
        isConfidential: confidential,
        attachments: files,
        createdBy: actor.id,
      })
      .returning();
    await storeIdentity(
      tx,
      secrets,
      { entryId: id, unitId: session.row.unitId },
      identityOfInput(input),
      confidential,
    );
    if (session.row.status === "planned") {
      await tx
        .update(receptionSessions)
        .set({ status: "held", heldAt: new Date(), updatedAt: new Date() })
        .where(eq(receptionSessions.id, sessionId));
    }
    await recordAudit(tx, ctx, {
      action: "reception.create-entry",
      entityType: "reception_entry",
      entityId: id,
      unitId: session.row.unitId,
      after: { ...row, identity: confidential ? SEALED_MARKER : "[recorded]" },
    });
    // The visitor may rate the reception; the label names the session only, never the matter.
    await registerInteraction(tx, ctx, {
      kind: "reception",
      refId: id,
      label: `Tiếp công dân ${session.row.code}`,
      unitId: session.row.unitId,
      officerId: session.row.hostId ?? actor.id,
    });
    const [presented] = await presentEntries(tx, actor, ctx.locale, [
      { row: row!, unitPath: session.unitPath, hostId: session.row.hostId },
    ]);
    return presented!;
  });
}
