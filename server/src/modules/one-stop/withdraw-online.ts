import type { PublicWithdrawInput } from "@danvan/common";
import { eq } from "drizzle-orm";
import { dossiers } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { precondition } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { OPEN_STATUSES } from "./dossier.policy";
import { addEvent, lockDossierByPin, todayVn, trail } from "./internal";
import { notifyCounter } from "./notify";
import { stopOpenSteps } from "./steps";

/**
 * The applicant withdraws a dossier still open, from the status page with the tracking PIN. A wrong PIN
 * answers like an unknown code and counts as a guess; the counter is told.
 */
export async function withdrawOnline(
  ctx: Ctx,
  code: string,
  pin: string,
  input: PublicWithdrawInput,
  client: string,
) {
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const row = await lockDossierByPin(tx, code, pin, client, secrets);
    if (!OPEN_STATUSES.includes(row.d.status)) {
      throw precondition("onestopTransition");
    }
    const [after] = await tx
      .update(dossiers)
      .set({
        status: "withdrawn",
        withdrawnDate: todayVn(),
        withdrawReason: input.reason,
        handlerId: null,
        currentStepNo: null,
        updatedAt: new Date(),
      })
      .where(eq(dossiers.id, row.d.id))
      .returning();
    await stopOpenSteps(tx, row.d);
    await addEvent(tx, after!, null, "withdraw", { note: input.reason, data: { by: "applicant" } });
    await recordAudit(tx, ctx, {
      action: "onestop.withdraw-online",
      entityType: "dossier",
      entityId: row.d.id,
      unitId: row.d.unitId,
      before: trail(row.d),
      after: trail(after),
      reason: input.reason,
    });
    await notifyCounter(tx, row.unitPath, {
      subject: `Hồ sơ ${code} đã được công dân rút`,
      body: input.reason,
      link: `/onestop/dossiers/${row.d.id}`,
    });
    return { code, status: "withdrawn" as const };
  });
}
