import type { PublicPetitionInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { findReplay, idempotent } from "../../platform/idempotency";
import { secretsFor } from "../../platform/secrets";
import { drawSequence } from "../../platform/sequence";
import { getUnitOrThrow } from "../directory";
import { normalizeIdentity } from "./identity";
import { insertPetition, petitionCounter } from "./insert-petition";
import { todayVn } from "./internal";
import { notifyPetitioner, trackingLink } from "./notify";
import { checkPublicAttachments } from "./public-upload";

type Receipt = { code: string; pin: string };

/**
 * A citizen files online. Honours `Idempotency-Key`: a retry with the same key and body gets the same
 * code and PIN and creates nothing; the PIN is kept sealed for that replay, never in clear.
 * The day's number is drawn before the transaction, so filings from many citizens do not queue on the
 * counter; a filing that fails after the draw leaves its number unused.
 */
export async function publicIntake(ctx: Ctx, input: PublicPetitionInput, key: string | undefined) {
  const secrets = secretsFor(ctx.config);
  const request = { scope: "public.petitions", key, body: input };
  const codec = {
    store: (r: Receipt) => ({ code: r.code, pin: secrets.seal(r.pin, "idempotent-pin") }),
    load: (s: unknown) => {
      const stored = s as Receipt;
      return { code: stored.code, pin: secrets.open(stored.pin, "idempotent-pin") };
    },
  };
  const replay = await findReplay(ctx.db, request, codec);
  if (replay) {
    return replay;
  }
  const unit = await getUnitOrThrow(ctx.db, input.unitId).catch(() => {
    throw invalid("unitId", "notFound");
  });
  if (unit.validTo !== null) {
    throw invalid("unitId", "unitRetired");
  }
  const receivedDate = todayVn();
  const seq = await drawSequence(ctx.db, petitionCounter(unit.code, receivedDate));
  return withTransaction(ctx, async (tx) => {
    return idempotent<Receipt>(
      tx,
      request,
      async () => {
        const fileIds = await checkPublicAttachments(tx, ctx, input.attachments);
        const { row, pin } = await insertPetition(tx, ctx, secrets, {
          unit,
          kind: input.kind,
          channel: "online",
          receivedDate,
          seq,
          summary: input.summary,
          content: input.content,
          signerCount: input.signerCount,
          petitioner: input.petitioner ? { given: normalizeIdentity(input.petitioner) } : null,
          fileIds,
          action: "petitions.public-intake",
        });
        await notifyPetitioner(tx, secrets, row.id, {
          subject: `Đã tiếp nhận đơn ${row.code}`,
          body: `Đơn gửi trực tuyến đã được tiếp nhận, mã đơn ${row.code}. Hạn xử lý: ${row.processDue}.`,
          link: trackingLink(row.code),
        });
        return { status: 201, response: { code: row.code, pin: pin! } };
      },
      codec,
    );
  });
}
