import type { TallyInput } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { consultationMeetings, consultationOptions, consultationTallies } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { conflict, forbidden, invalid, precondition } from "../../platform/errors";
import { canManageConsultations } from "./consultation.policy";
import { getConsultation } from "./get-consultation";
import { assertFiles, loadConsultation } from "./internal";
import { hasVotes, totalVoters } from "./results";
import { checkVillages } from "./village-tally";

/**
 * The ballot count of a meeting, entered by an officer with the minutes (Luật THDCCS 2022 Đ.18, Đ.20).
 * A correction replaces it until voting closes; it never adds to online votes.
 */
export async function recordTally(ctx: Ctx, id: string, input: TallyInput) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const { c, unitPath } = await loadConsultation(tx, actor, id, true);
    if (!canManageConsultations(actor, unitPath)) {
      throw forbidden();
    }
    if (!c.votingOpen || c.votingClosedAt) {
      throw precondition("consultationVotingClosed");
    }
    if (await hasVotes(tx, id)) {
      throw conflict("consultationTallyAndVotes", [{ path: "counts", message: "consultationTallyAndVotes" }]);
    }
    const options = await tx
      .select({ id: consultationOptions.id })
      .from(consultationOptions)
      .where(eq(consultationOptions.consultationId, id));
    const known = new Set(options.map((o) => o.id));
    const counts: Record<string, number> = {};
    input.counts.forEach((k, i) => {
      if (!known.has(k.optionId) || k.optionId in counts) {
        throw invalid(`counts.${i}.optionId`, "consultationOptionUnknown");
      }
      counts[k.optionId] = k.count;
    });
    const sum = Object.values(counts).reduce((a, b) => a + b, 0);
    if (sum + input.invalidBallots !== input.ballotsCast) {
      throw invalid("ballotsCast", "consultationTallySum");
    }
    const total = await totalVoters(tx, c);
    if (input.ballotsCast > total) {
      throw invalid("ballotsCast", "consultationTallyExceeds");
    }
    if (input.meetingId) {
      const [m] = await tx
        .select({ id: consultationMeetings.id })
        .from(consultationMeetings)
        .where(
          and(eq(consultationMeetings.id, input.meetingId), eq(consultationMeetings.consultationId, id)),
        );
      if (!m) {
        throw invalid("meetingId", "notFound");
      }
    }
    const villageCounts = input.villages ? await checkVillages(tx, c.id, input, known) : null;
    const fileIds = await assertFiles(tx, input.fileIds, "fileIds");
    const values = {
      meetingId: input.meetingId ?? null,
      ballotsCast: input.ballotsCast,
      invalidBallots: input.invalidBallots,
      counts,
      villageCounts,
      minutes: input.minutes,
      fileIds,
      recordedBy: actor.id,
      updatedAt: new Date(),
    };
    const [before] = await tx
      .select()
      .from(consultationTallies)
      .where(eq(consultationTallies.consultationId, id));
    await tx
      .insert(consultationTallies)
      .values({ consultationId: id, ...values })
      .onConflictDoUpdate({ target: consultationTallies.consultationId, set: values });
    await recordAudit(tx, ctx, {
      action: "consultations.tally",
      entityType: "consultation",
      entityId: id,
      unitId: c.unitId,
      before: before ?? null,
      after: values,
    });
  });
  return getConsultation(ctx, id);
}
