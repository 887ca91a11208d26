import type { ConclusionInput } from "@danvan/common";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import { concludeWithTask } from "./conclusions";
import { loadRecord } from "./internal";
import { canManageReception } from "./reception.policy";
import { presentRecord } from "./record.presenter";

/** Adds a conclusion to a record later (a leader's direction after the meeting), with its task. */
export async function addConclusion(ctx: Ctx, recordId: string, input: ConclusionInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadRecord(tx, actor, recordId);
    if (!canManageReception(actor, loaded.unitPath)) {
      throw forbidden();
    }
    const taskId = await concludeWithTask(tx, ctx, loaded.row, input, "");
    await recordAudit(tx, ctx, {
      action: "reception.add-conclusion",
      entityType: "reception_record",
      entityId: recordId,
      unitId: loaded.row.unitId,
      after: { text: input.text, taskId },
    });
    return presentRecord(tx, actor, loaded);
  });
}
