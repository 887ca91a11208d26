import type { Ctx } from "../../platform/context";
import { transitionDossier } from "./transition";

/** The one-stop clerk takes an online dossier up for checking (NĐ 61/2018 Đ.15 k.2). */
export function startCheck(ctx: Ctx, id: string) {
  return transitionDossier(ctx, id, {
    ability: "startCheck",
    verb: "start-check",
    update: (_l, _tx, actor) => ({ status: "checking", checkedBy: actor.id }),
  });
}
