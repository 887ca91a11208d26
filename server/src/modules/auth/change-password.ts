import type { ChangePasswordInput } from "@danvan/common";
import { and, eq, ne } from "drizzle-orm";
import { sessions, staff } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { hashPassword, verifyPassword } from "../../platform/passwords";

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(ctx: Ctx, input: ChangePasswordInput, currentSessionId: string) {
  const actor = requireActor(ctx);
  const [user] = await ctx.db.select().from(staff).where(eq(staff.id, actor.id));
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", "validation", [{ path: "currentPassword", message: "wrongPassword" }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await withTransaction(ctx, async (tx) => {
    await tx.update(staff).set({ passwordHash, mustChangePassword: false }).where(eq(staff.id, actor.id));
    await tx.delete(sessions).where(and(eq(sessions.staffId, actor.id), ne(sessions.id, currentSessionId)));
    await recordAudit(tx, ctx, {
      action: "auth.change-password",
      entityType: "staff",
      entityId: actor.id,
      unitId: user.unitId,
    });
  });
}
