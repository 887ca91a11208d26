import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { notifyStaff } from "../../platform/outbox";
import { agencyOrInvalid, staffWithPath } from "./internal";
import { transitionPetition } from "./transition";

/** Assigns the agency and the handler who verifies and drafts the answer; both belong to the unit. */
export function assignPetition(
  ctx: Ctx,
  id: string,
  input: { agencyId: string; handlerId: string; note?: string },
) {
  return transitionPetition(ctx, id, {
    ability: "assign",
    verb: "assign",
    note: input.note ?? null,
    data: { agencyId: input.agencyId, handlerId: input.handlerId },
    update: async ({ unitPath }, tx) => {
      const agency = await agencyOrInvalid(tx, input.agencyId, "agencyId");
      if (!agency.unitPath.startsWith(unitPath)) {
        throw invalid("agencyId", "agencyOutsideUnit");
      }
      const handler = await staffWithPath(tx, input.handlerId);
      if (!handler?.s.isActive || !handler.unitPath.startsWith(unitPath)) {
        throw invalid("handlerId", "assigneeOutsideUnit");
      }
      if (handler.s.agencyId && handler.s.agencyId !== agency.a.id) {
        throw invalid("handlerId", "petitionHandlerOutsideAgency");
      }
      return { agencyId: agency.a.id, handlerId: handler.s.id, assignedAt: new Date() };
    },
    after: (p, tx) =>
      notifyStaff(tx, input.handlerId, {
        subject: `Giao xử lý đơn ${p.code}`,
        body: `${p.summary}${p.currentDue ? ` — hạn ${p.currentDue}` : ""}`,
        link: `/petitions/${p.id}`,
      }),
  });
}
