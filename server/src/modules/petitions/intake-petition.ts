import type { PetitionIntakeInput } from "@danvan/common";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { idempotent } from "../../platform/idempotency";
import { can } from "../../platform/scope";
import { secretsFor } from "../../platform/secrets";
import { getUnitOrThrow } from "../directory";
import { petitionDetail } from "./get-petition";
import { normalizeIdentity } from "./identity";
import { insertPetition } from "./insert-petition";
import { checkAttachments, loadPetition, todayVn } from "./internal";
import { notifyPetitioner, trackingLink } from "./notify";

type Receipt = { id: string; pin: string };

/**
 * Staff intake from any channel (reception, mail, hotline, transfer from another body, online on the
 * citizen's behalf) with attachments. A retry with the same Idempotency-Key returns the first answer.
 */
export async function intakePetition(ctx: Ctx, input: PetitionIntakeInput, key?: string) {
  const actor = requireActor(ctx);
  const secrets = secretsFor(ctx.config);
  if (input.receivedDate > todayVn()) {
    throw invalid("receivedDate", "petitionDateOutOfRange");
  }
  return withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
      throw invalid("unitId", "notFound");
    });
    if (!can(actor, "petitions.manage", unit.path)) {
      throw forbidden();
    }
    const receipt = await idempotent<Receipt>(
      tx,
      { scope: `petitions.intake:${actor.id}`, key, body: input },
      async () => {
        const fileIds = await checkAttachments(tx, actor.id, input.attachments);
        const { row, pin } = await insertPetition(tx, ctx, secrets, {
          unit,
          kind: input.kind,
          channel: input.channel,
          receivedDate: input.receivedDate,
          summary: input.summary,
          content: input.content,
          signerCount: input.signerCount,
          hasOriginalDocuments: input.hasOriginalDocuments,
          petitioner: input.petitioner ? { given: normalizeIdentity(input.petitioner) } : null,
          source: input.source,
          fileIds,
          action: "petitions.intake",
        });
        await notifyPetitioner(tx, secrets, row.id, {
          subject: `Đã tiếp nhận đơn ${row.code}`,
          body: `Đơn của ông/bà đã được tiếp nhận ngày ${row.receivedDate}, mã đơn ${row.code}. Hạn xử lý: ${row.processDue}.`,
          link: trackingLink(row.code),
        });
        return { status: 201, response: { id: row.id, pin: pin! } };
      },
      {
        store: (r) => ({ id: r.id, pin: secrets.seal(r.pin, "idempotent-pin") }),
        load: (s) => {
          const stored = s as Receipt;
          return { id: stored.id, pin: secrets.open(stored.pin, "idempotent-pin") };
        },
      },
    );
    // The key row keeps only the id and the sealed PIN; a replay renders the petition as it is now.
    const loaded = await loadPetition(tx, actor, receipt.response.id);
    const petition = await petitionDetail(tx, ctx, loaded, { withIdentity: false });
    return { petition, pin: receipt.response.pin };
  });
}
