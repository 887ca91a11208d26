import type { RefusalNoticeInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { receptionEntries } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid, precondition } from "../../platform/errors";
import { presentEntries } from "./entry.presenter";
import { checkAttachments, loadEntry, todayVn } from "./internal";
import { canManageReception } from "./reception.policy";

type Change =
  | { kind: "refusal-notice"; input: RefusalNoticeInput }
  | { kind: "follow-up"; input: { followUp: string } };

/** Records the written refusal notice once issued, or the follow-up of the matter (column 12 of the book). */
export async function updateEntry(ctx: Ctx, id: string, change: Change) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadEntry(tx, actor, id, true);
    if (!canManageReception(actor, loaded.unitPath)) {
      throw forbidden();
    }
    const before = loaded.row;
    let values: Partial<typeof receptionEntries.$inferInsert>;
    if (change.kind === "refusal-notice") {
      if (before.outcome !== "refused" || before.refusalNoticeNo) {
        throw precondition("receptionSessionTransition");
      }
      const { noticeDate, noticeNo, noticeFileId } = change.input;
      if (noticeDate < before.date || noticeDate > todayVn()) {
        throw invalid("noticeDate", "petitionDateOutOfRange");
      }
      if (noticeFileId) {
        await checkAttachments(tx, actor.id, [noticeFileId], "noticeFileId");
      }
      values = {
        refusalNoticeNo: noticeNo,
        refusalNoticeDate: noticeDate,
        refusalNoticeFileId: noticeFileId,
      };
    } else {
      values = { followUp: change.input.followUp };
    }
    const [row] = await tx
      .update(receptionEntries)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(receptionEntries.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `reception.${change.kind}`,
      entityType: "reception_entry",
      entityId: id,
      unitId: row!.unitId,
      before:
        values && Object.fromEntries(Object.keys(values).map((k) => [k, before[k as keyof typeof before]])),
      after: values,
    });
    const [entry] = await presentEntries(tx, actor, ctx.locale, [{ ...loaded, row: row! }]);
    return entry!;
  });
}
