import type { VoteBasis } from "@danvan/common";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  consultationOptions,
  consultationTallies,
  consultationVotes,
  householdMembers,
} from "../../db/schema";
import { conflict, invalid, precondition } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { type ConsultationRow, isConcerned } from "./internal";

export type Ballot = {
  householdId: string;
  memberId?: string;
  optionId: string;
  channel: "online" | "officer";
  recordedBy: string | null;
};

/**
 * One vote per household (or per member when voting per person); a later vote replaces the earlier one
 * until voting closes, so the last one counts and nothing is counted twice.
 */
export async function castVote(tx: Db, c: ConsultationRow, b: Ballot) {
  if (!c.votingOpen || c.votingClosedAt) {
    throw precondition("consultationVotingClosed");
  }
  const [tally] = await tx
    .select({ id: consultationTallies.consultationId })
    .from(consultationTallies)
    .where(eq(consultationTallies.consultationId, c.id));
  if (tally) {
    throw conflict("consultationTallyAndVotes", [{ path: "optionId", message: "consultationTallyAndVotes" }]);
  }
  const [option] = await tx
    .select({ id: consultationOptions.id })
    .from(consultationOptions)
    .where(and(eq(consultationOptions.id, b.optionId), eq(consultationOptions.consultationId, c.id)));
  if (!option) {
    throw invalid("optionId", "consultationOptionUnknown");
  }
  if (!(await isConcerned(tx, c.id, b.householdId))) {
    throw invalid("householdId", "consultationHouseholdOutsideArea");
  }
  let voterKey = b.householdId;
  if ((c.voteBasis as VoteBasis) === "person") {
    if (!b.memberId) {
      throw invalid("memberId", "consultationMemberRequired");
    }
    const [member] = await tx
      .select({ id: householdMembers.id })
      .from(householdMembers)
      .where(and(eq(householdMembers.id, b.memberId), eq(householdMembers.householdId, b.householdId)));
    if (!member) {
      throw invalid("memberId", "notFound");
    }
    voterKey = b.memberId;
  }
  const now = new Date();
  const [row] = await tx
    .insert(consultationVotes)
    .values({
      id: newId(),
      consultationId: c.id,
      voterKey,
      householdId: b.householdId,
      memberId: (c.voteBasis as VoteBasis) === "person" ? (b.memberId ?? null) : null,
      optionId: b.optionId,
      channel: b.channel,
      recordedBy: b.recordedBy,
    })
    .onConflictDoUpdate({
      target: [consultationVotes.consultationId, consultationVotes.voterKey],
      set: {
        optionId: b.optionId,
        channel: b.channel,
        recordedBy: b.recordedBy,
        changes: sql`${consultationVotes.changes} + 1`,
        updatedAt: now,
      },
    })
    .returning();
  return {
    optionId: row!.optionId,
    changed: row!.changes > 0,
    castAt: row!.updatedAt.toISOString(),
    row: row!,
  };
}
