import type { RefuseDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { transitionDossier } from "./transition";

/** Phiếu từ chối tiếp nhận: the dossier is not received, with the reason in writing (NĐ 61/2018 Đ.15 k.3). */
export function refuseDossier(ctx: Ctx, id: string, input: RefuseDossierInput) {
  return transitionDossier(ctx, id, {
    ability: "refuse",
    verb: "refuse",
    note: input.reason,
    update: () => ({
      status: "refused",
      refusalReason: input.reason,
      refusedDate: todayVn(),
      handlerId: null,
    }),
    after: (d, tx) =>
      notifyApplicant(tx, d, `Hồ sơ ${d.code} không được tiếp nhận`, `Lý do: ${input.reason}`),
  });
}
