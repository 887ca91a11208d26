import type { Ctx } from "../../platform/context";
import { notifyStaff } from "../../platform/outbox";
import { closeWithDirection } from "../tasks/close-with-direction";
import { openHeadReports } from "./head-reports";
import { checkAttachments } from "./internal";
import { transitionPetition } from "./transition";

/**
 * The head's direction on a case reported to them (TT 07/2014 Đ.27): kept on the timeline as
 * "ý kiến chỉ đạo" and sent to the assigned handler, who carries it out. It answers every open
 * "report to the head" of the case, so those tasks close with the direction as their product.
 */
export function directPetition(ctx: Ctx, id: string, input: { note: string; attachments: string[] }) {
  const fileIds: string[] = [];
  const closed: { id: string; code: string }[] = [];
  return transitionPetition(ctx, id, {
    ability: "direct",
    verb: "direction",
    note: input.note,
    fileIds,
    update: async (_loaded, tx) => {
      fileIds.push(...(await checkAttachments(tx, ctx.actor!.id, input.attachments)));
      return {};
    },
    after: async (p, tx) => {
      for (const r of await openHeadReports(tx, [p.id])) {
        const task = await closeWithDirection({ ...ctx, db: tx }, r.taskId, {
          note: input.note,
          ref: p.code,
        });
        closed.push({ id: task.id, code: task.code });
      }
      if (p.handlerId && p.handlerId !== ctx.actor!.id) {
        await notifyStaff(tx, p.handlerId, {
          subject: `Ý kiến chỉ đạo về đơn ${p.code}`,
          body: `${ctx.actor!.fullName}: ${input.note}`,
          link: `/petitions/${p.id}`,
        });
      }
    },
    eventData: () => (closed.length > 0 ? { closedTasks: closed } : undefined),
  });
}
