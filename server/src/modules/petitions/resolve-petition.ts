import type { ResolvePetitionInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { registerInteraction } from "../satisfaction";
import { absoluteUrl, ratingOfferFor } from "../satisfaction/pending-token-for";
import { checkAttachments, decisionDateOf } from "./internal";
import { notifyPetitioner, trackingLink } from "./notify";
import { transitionPetition } from "./transition";

/**
 * Records the answer or resolution decision. On-time is fixed now against the stored deadline, so figures
 * never recompute it; a published answer becomes visible to the citizen, who is told through the outbox.
 */
export function resolvePetition(ctx: Ctx, id: string, input: ResolvePetitionInput) {
  const secrets = secretsFor(ctx.config);
  const fileIds: string[] = [];
  return transitionPetition(ctx, id, {
    ability: "resolve",
    verb: "resolve",
    note: input.lateReason ?? null,
    data: { decisionNo: input.decisionNo, publish: input.publish },
    fileIds,
    update: async ({ p }, tx) => {
      const date = decisionDateOf(p, input.decisionDate);
      if (p.acceptedDate && date < p.acceptedDate) {
        throw invalid("decisionDate", "petitionDateOutOfRange");
      }
      const onTime = !p.resolveDue || date <= p.resolveDue;
      if (!onTime && !input.lateReason) {
        throw invalid("lateReason", "petitionLateReasonRequired");
      }
      fileIds.push(...(await checkAttachments(tx, ctx.actor!.id, input.attachments)));
      return {
        status: "resolved",
        resolvedDate: date,
        resolutionNo: input.decisionNo,
        answer: input.answer,
        answerPublished: input.publish,
        publishedAt: input.publish ? new Date() : null,
        resolvedOnTime: onTime,
        resolutionLateReason: onTime ? null : (input.lateReason ?? null),
        currentDue: null,
      };
    },
    after: async (p, tx) => {
      await registerInteraction(tx, ctx, {
        kind: "petition",
        refId: p.id,
        label: p.code,
        unitId: p.unitId,
        officerId: p.handlerId ?? ctx.actor?.id ?? null,
      });
      const offer = await ratingOfferFor(tx, ctx.config, "petition", p.id);
      const rateUrl = offer?.path ? absoluteUrl(ctx.config, offer.path) : null;
      const rate = rateUrl ? ` Mời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết đơn: ${rateUrl}` : "";
      await notifyPetitioner(tx, secrets, p.id, {
        subject: `Đơn ${p.code} đã có kết quả giải quyết`,
        body: input.publish
          ? `Đơn ${p.code} đã được giải quyết (văn bản số ${input.decisionNo}). Tra cứu nội dung trả lời bằng mã đơn và mã PIN.${rate}`
          : `Đơn ${p.code} đã được giải quyết (văn bản số ${input.decisionNo}).${rate}`,
        link: trackingLink(p.code),
        sms: rateUrl
          ? `Đơn ${p.code} đã có kết quả giải quyết. Đánh giá mức độ hài lòng: ${rateUrl}`
          : undefined,
      });
    },
  });
}
