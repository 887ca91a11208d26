import type { ReturnResultInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { procedures } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { registerInteraction } from "../satisfaction";
import { absoluteUrl, ratingOfferFor } from "../satisfaction/pending-token-for";
import { todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { scoreDossier } from "./score-dossier";
import { transitionDossier } from "./transition";

/**
 * The counter hands the result to the applicant; the dossier is closed and scored (TT 01/2018), and
 * the applicant may rate the counter that served them from now on (TT 01/2018 Đ.12–14): the message
 * that closes the dossier carries the rating link.
 */
export function returnResult(ctx: Ctx, id: string, input: ReturnResultInput) {
  return transitionDossier(ctx, id, {
    ability: "returnResult",
    verb: "return-result",
    note: input.note ?? null,
    update: () => ({ status: "returned", returnedDate: todayVn() }),
    after: async (d, tx) => {
      await scoreDossier(tx, d, d.returnedDate!);
      const [p] = await tx
        .select({ name: procedures.name })
        .from(procedures)
        .where(eq(procedures.id, d.procedureId));
      await registerInteraction(tx, ctx, {
        kind: "dossier",
        refId: d.id,
        label: d.code,
        unitId: d.unitId,
        officerId: ctx.actor?.id ?? null,
        procedureId: d.procedureId,
        procedureName: p?.name ?? null,
      });
      const offer = await ratingOfferFor(tx, ctx.config, "dossier", d.id);
      if (offer?.path) {
        const url = absoluteUrl(ctx.config, offer.path);
        await notifyApplicant(
          tx,
          d,
          `Hồ sơ ${d.code} đã trả kết quả`,
          `Hồ sơ ${d.code} đã được trả kết quả. Mời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết ` +
            `hồ sơ (mỗi hồ sơ được đánh giá một lần): ${url}`,
          `Hồ sơ ${d.code} đã trả kết quả. Đánh giá mức độ hài lòng: ${url}`,
        );
      }
    },
  });
}
