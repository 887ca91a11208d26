import type { SessionStateInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { receptionSessions } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, precondition } from "../../platform/errors";
import { getSessionDetail } from "./get-session";
import { loadSession } from "./internal";
import { canManageReception } from "./reception.policy";
import { sessionAbilities } from "./session.presenter";

/** Marks a session held (the leader received, even if nobody came) or cancels a planned one with a reason. */
export async function transitionSession(ctx: Ctx, id: string, input: SessionStateInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadSession(tx, actor, id, true);
    if (!canManageReception(actor, loaded.unitPath)) {
      throw forbidden();
    }
    const abilities = sessionAbilities(actor, loaded);
    if (!abilities[input.action]) {
      throw precondition("receptionSessionTransition");
    }
    const values =
      input.action === "hold"
        ? { status: "held", heldAt: new Date(), note: input.note ?? loaded.row.note }
        : { status: "cancelled", cancelReason: input.reason };
    const [row] = await tx
      .update(receptionSessions)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(receptionSessions.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `reception.${input.action}-session`,
      entityType: "reception_session",
      entityId: id,
      unitId: row!.unitId,
      before: loaded.row,
      after: row,
    });
    return getSessionDetail(tx, ctx, id);
  });
}
