import type { PublicSupplementInput, PublicSupplementResult } from "@danvan/common";
import { eq } from "drizzle-orm";
import { dossiers } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { conflict, notFound } from "../../platform/errors";
import { secretsFor } from "../../platform/secrets";
import { addEvent, getProcedure, lockDossierByPin, trail } from "./internal";
import { notifyCounter } from "./notify";
import { checkPublicDocuments } from "./public-upload";
import { answersOf, resolveAnswers } from "./supplement-answers";
import { notifyRestart, supplementChanges } from "./supplement-dossier";

/**
 * The applicant supplements online with the tracking PIN, as the counter's supplement verb does: back to
 * checking at intake, or received again with the clock restarted after a return from processing. Any
 * missing item can be answered, free-text ones too; the timeline says which files answer which item. A
 * wrong PIN answers like an unknown code and counts as a guess; a dossier not waiting for one is 409.
 */
export async function supplementOnline(
  ctx: Ctx,
  code: string,
  pin: string,
  input: PublicSupplementInput,
  client: string,
): Promise<PublicSupplementResult> {
  const secrets = secretsFor(ctx.config);
  return withTransaction(ctx, async (tx) => {
    const { d, unitPath } = await lockDossierByPin(tx, code, pin, client, secrets);
    if (d.status !== "supplement_requested" && d.status !== "returned_for_supplement") {
      throw conflict("onestopNoSupplementAsked");
    }
    const found = await getProcedure(tx, d.procedureId);
    if (!found) {
      throw notFound("procedure");
    }
    const { submitted, freeText } = resolveAnswers(d, input.documents);
    const added = await checkPublicDocuments(tx, ctx, found.p, submitted, freeText);
    const { changes, restarted } = await supplementChanges(ctx, tx, d, added);
    const [after] = await tx
      .update(dossiers)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(dossiers.id, d.id))
      .returning();
    await notifyRestart(tx, after!, restarted);
    await addEvent(tx, after!, null, "supplement", {
      note: input.note ?? null,
      data: {
        restarted,
        by: "applicant",
        answers: answersOf(added),
      },
      fileIds: added.flatMap((a) => a.fileIds),
    });
    await recordAudit(tx, ctx, {
      action: "onestop.supplement-online",
      entityType: "dossier",
      entityId: d.id,
      unitId: d.unitId,
      before: trail(d),
      after: trail(after),
      reason: input.note ?? null,
    });
    await notifyCounter(tx, unitPath, {
      subject: `Hồ sơ ${code} đã được công dân bổ sung trực tuyến`,
      body: input.note ?? `Công dân đã bổ sung ${added.length} thành phần hồ sơ.`,
      link: `/onestop/dossiers/${d.id}`,
    });
    return { code, status: after!.status };
  });
}
