import { LIMITS, type SignInInput } from "@danvan/common";
import { eq, sql } from "drizzle-orm";
import { staff } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { burnPasswordCheck, verifyPassword } from "../../platform/passwords";
import { createSession } from "../../platform/session";

/** Checks the password, locks the account after repeated failures, and opens a session. */
export async function signIn(ctx: Ctx, input: SignInInput, userAgent: string | null) {
  const username = input.username.toLowerCase();
  const [user] = await ctx.db.select().from(staff).where(eq(staff.username, username));
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new AppError("UNAUTHORIZED", "badCredentials");
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new AppError("ACCOUNT_LOCKED", "accountLocked", undefined, { minutes });
  }
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const failures = user.failedSignIns + 1;
    const lock = failures >= LIMITS.signInAttemptsBeforeLock;
    await withTransaction(ctx, async (tx) => {
      await tx
        .update(staff)
        .set({
          failedSignIns: lock ? 0 : failures,
          lockedUntil: lock ? sql`now() + make_interval(mins => ${LIMITS.lockMinutes})` : user.lockedUntil,
        })
        .where(eq(staff.id, user.id));
      if (lock) {
        await recordAudit(tx, ctx, {
          action: "auth.lock",
          entityType: "staff",
          entityId: user.id,
          unitId: user.unitId,
          reason: `${failures} failed sign-ins`,
        });
      }
    });
    throw new AppError("UNAUTHORIZED", "badCredentials");
  }
  if (!user.isActive) {
    throw new AppError("UNAUTHORIZED", "accountInactive");
  }
  return withTransaction(ctx, async (tx) => {
    await tx.update(staff).set({ failedSignIns: 0, lockedUntil: null }).where(eq(staff.id, user.id));
    const session = await createSession(tx, user.id, { ip: ctx.ip, userAgent });
    await recordAudit(
      tx,
      {
        ...ctx,
        actor: {
          id: user.id,
          username: user.username,
          fullName: user.fullName,
          unitId: user.unitId,
          grants: [],
        },
      },
      {
        action: "auth.sign-in",
        entityType: "staff",
        entityId: user.id,
        unitId: user.unitId,
      },
    );
    return { ...session, staffId: user.id };
  });
}
