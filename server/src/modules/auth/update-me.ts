import type { UpdateMeInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { staff } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";

/** Saves the actor's preferences (the interface language follows the user across devices). */
export async function updateMe(ctx: Ctx, input: UpdateMeInput) {
  const actor = requireActor(ctx);
  await withTransaction(ctx, async (tx) => {
    const [before] = await tx.select({ locale: staff.locale }).from(staff).where(eq(staff.id, actor.id));
    await tx.update(staff).set({ locale: input.locale }).where(eq(staff.id, actor.id));
    await recordAudit(tx, ctx, {
      action: "auth.update-me",
      entityType: "staff",
      entityId: actor.id,
      before,
      after: input,
    });
  });
}
