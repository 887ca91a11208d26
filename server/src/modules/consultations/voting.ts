import { count, eq } from "drizzle-orm";
import { consultationOptions } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { deadlineFor } from "../calendar/compute-deadline";
import { todayVn } from "../tasks/internal";
import { liveResult } from "./results";
import { changeConsultation } from "./update-consultation";

/** Opens voting in the decision phase, or closes it and freezes the record of Luật THDCCS 2022 Đ.20. */
export function setVoting(ctx: Ctx, id: string, open: boolean) {
  return changeConsultation(
    ctx,
    id,
    open ? "consultations.open-voting" : "consultations.close-voting",
    async ({ c }, tx) => {
      if (c.votingClosedAt) {
        throw precondition("consultationVotingClosed");
      }
      if (open) {
        if (c.phase !== "decision") {
          throw precondition("consultationNotDecisionPhase");
        }
        const [row] = await tx
          .select({ n: count() })
          .from(consultationOptions)
          .where(eq(consultationOptions.consultationId, id));
        if (Number(row?.n ?? 0) < 2) {
          throw precondition("consultationNoOptions");
        }
        return { votingOpen: true };
      }
      if (!c.votingOpen) {
        throw precondition("consultationVotingClosed");
      }
      const result = await liveResult(tx, c, true);
      // Luật THDCCS 2022 Đ.20: the record goes to the commune within the rule's working days.
      const due = await deadlineFor(
        tx,
        { from: todayVn(), ruleId: "grassroots.record_send", unitId: c.unitId },
        ctx.locale,
      );
      return { votingOpen: false, votingClosedAt: new Date(), result, recordDue: due.due };
    },
  );
}

/** The decision record was sent to the commune People's Committee and Fatherland Front. */
export function markRecordSent(ctx: Ctx, id: string) {
  return changeConsultation(ctx, id, "consultations.record-sent", ({ c }) => {
    if (!c.votingClosedAt) {
      throw precondition("consultationRecordNotDue");
    }
    return c.recordSentAt ? {} : { recordSentAt: new Date() };
  });
}
