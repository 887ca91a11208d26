import type { InteractionKind } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ratingInteractions, staff } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import { todayVn } from "../tasks/internal";
import { ruleSetFor } from "./rules";
import { hashToken, ratingToken } from "./tokens";

export type FinishedInteraction = {
  kind: InteractionKind;
  refId: string;
  /** What the citizen recognises: the dossier or petition code, the visit's subject. */
  label: string;
  unitId: string;
  /** The officer who served; their agency is taken from the directory. */
  officerId: string | null;
  procedureId?: string | null;
  procedureName?: string | null;
};

/**
 * Called by the module that finishes an interaction, inside its own transaction: the interaction
 * becomes ratable and its single-use token exists from now on (TT 01/2018 Đ.12–14). Idempotent.
 */
export async function registerInteraction(tx: Db, ctx: Pick<Ctx, "config">, input: FinishedInteraction) {
  const id = newId();
  const now = new Date();
  const rules = await ruleSetFor(tx, todayVn(now));
  const [officer] = input.officerId
    ? await tx.select({ agencyId: staff.agencyId }).from(staff).where(eq(staff.id, input.officerId))
    : [];
  await tx
    .insert(ratingInteractions)
    .values({
      id,
      kind: input.kind,
      refId: input.refId,
      label: input.label.slice(0, 200),
      unitId: input.unitId,
      officerId: input.officerId,
      agencyId: officer?.agencyId ?? null,
      procedureId: input.procedureId ?? null,
      procedureName: input.procedureName ?? null,
      finishedAt: now,
      tokenHash: hashToken(ratingToken(ctx.config, id)),
      expiresAt: new Date(now.getTime() + rules.tokenValidDays * 86_400_000),
    })
    .onConflictDoNothing({ target: [ratingInteractions.kind, ratingInteractions.refId] });
}
