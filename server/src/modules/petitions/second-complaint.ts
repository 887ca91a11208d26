import type { SecondComplaintInput } from "@danvan/common";
import { and, eq, ne } from "drizzle-orm";
import { petitions, units } from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { AppError, conflict, forbidden, invalid } from "../../platform/errors";
import { can } from "../../platform/scope";
import { secretsFor } from "../../platform/secrets";
import { petitionDetail } from "./get-petition";
import { identityOf } from "./identity";
import { insertPetition } from "./insert-petition";
import { addEvent, checkAttachments, factsOf, loadPetition, todayVn } from "./internal";
import { secondComplaintOpen } from "./petition.policy";

/**
 * A second complaint, linked to the first, filed with the same or a higher level once the first decision
 * is out or its time limit lapsed (Luật Khiếu nại Đ.33); its acceptance limit is the second-round rule.
 */
export async function fileSecondComplaint(ctx: Ctx, firstId: string, input: SecondComplaintInput) {
  const actor = requireActor(ctx);
  const secrets = secretsFor(ctx.config);
  const today = todayVn();
  if (input.receivedDate > today) {
    throw invalid("receivedDate", "petitionDateOutOfRange");
  }
  return withTransaction(ctx, async (tx) => {
    const first = await loadPetition(tx, actor, firstId, true);
    const [unit] = await tx.select().from(units).where(eq(units.id, input.unitId));
    if (!unit) {
      throw invalid("unitId", "notFound");
    }
    if (!can(actor, "petitions.manage", unit.path)) {
      throw forbidden();
    }
    if (!secondComplaintOpen(first.facts, today)) {
      throw new AppError("PRECONDITION_FAILED", "petitionSecondComplaintNotOpen");
    }
    if (!first.unitPath.startsWith(unit.path)) {
      throw invalid("unitId", "petitionSecondComplaintLevel");
    }
    const [existing] = await tx
      .select({ code: petitions.code })
      .from(petitions)
      .where(and(eq(petitions.parentId, first.p.id), ne(petitions.status, "withdrawn")));
    if (existing) {
      throw conflict("petitionSecondComplaintExists", [{ path: "earlierPetition", message: existing.code }]);
    }
    const fileIds = await checkAttachments(tx, actor.id, input.attachments);
    const { row, pin } = await insertPetition(tx, ctx, secrets, {
      unit,
      kind: "complaint",
      round: 2,
      parentId: first.p.id,
      channel: input.channel,
      receivedDate: input.receivedDate,
      summary: input.summary,
      content: input.content,
      signerCount: first.p.signerCount,
      petitioner: { copy: await identityOf(tx, first.p.id) },
      fileIds,
      action: "petitions.second-complaint",
    });
    await addEvent(tx, first.p, actor.id, "second-complaint", { data: { id: row.id, code: row.code } });
    const loaded = { p: row, unitPath: unit.path, unitName: unit.name, facts: factsOf(row, unit.path) };
    return { petition: await petitionDetail(tx, ctx, loaded, { withIdentity: false }), pin: pin! };
  });
}
