import type { PublicPetitionInput } from "@danvan/common";
import type { RowSet } from "../../db/insert-rows";
import { insertRowsBatched } from "../../db/write-batch";
import type { Ctx } from "../../platform/context";
import { withTransaction } from "../../platform/context";
import { AppError, invalid } from "../../platform/errors";
import {
  answerRow,
  checkIdempotencyKey,
  findReplay,
  isKeyTaken,
  type ResponseCodec,
} from "../../platform/idempotency";
import { secretsFor } from "../../platform/secrets";
import { drawSequence } from "../../platform/sequence";
import { cachedUnitOrThrow } from "../directory";
import { normalizeIdentity } from "./identity";
import { insertPetition, petitionCounter } from "./insert-petition";
import { todayVn } from "./internal";
import { petitionerNotices, trackingLink } from "./notify";
import { checkPublicAttachments } from "./public-upload";

type Receipt = { code: string; pin: string };

/**
 * A citizen files online. Honours `Idempotency-Key`: a retry with the same key and body gets the same
 * code and PIN and creates nothing; the PIN is kept sealed for that replay, never in clear.
 * The day's number is drawn before the registration, so filings from many citizens do not queue on the
 * counter; a filing that fails after the draw leaves its number unused. Every row of the filing (the
 * petition, its petitioner, timeline, audit, notices and the key's answer) goes in one statement, shared
 * with the filings that arrive at the same moment (group commit) when it holds no attachment.
 * The key is not looked up first: its row in that statement is the check. A retry breaks the key's primary
 * key and is answered from the stored answer (its drawn number stays unused). Leaving out that read per
 * filing gave 1.08–1.17 times the filings per second in paired runs (docs/benchmarks.md).
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
  checkIdempotencyKey(key);
  try {
    return await file(ctx, input, request, codec, secrets);
  } catch (error) {
    // A retry: its key is taken (or its unit was retired since the first filing, which is still answered).
    const replay = key !== undefined && isRetryable(error) ? await findReplay(ctx.db, request, codec) : null;
    if (replay) {
      return replay;
    }
    throw error;
  }
}

const isRetryable = (error: unknown) => isKeyTaken(error) || error instanceof AppError;

async function file(
  ctx: Ctx,
  input: PublicPetitionInput,
  request: { scope: string; key: string | undefined; body: unknown },
  codec: ResponseCodec<Receipt>,
  secrets: ReturnType<typeof secretsFor>,
) {
  const unit = await cachedUnitOrThrow(ctx.db, input.unitId).catch(() => {
    throw invalid("unitId", "notFound");
  });
  if (unit.validTo !== null) {
    throw invalid("unitId", "unitRetired");
  }
  const petitioner = input.petitioner ? normalizeIdentity(input.petitioner) : null;
  const receivedDate = todayVn();
  const seq = await drawSequence(ctx.db, petitionCounter(unit.code, receivedDate));
  // Attachments are held (key share) from their check to the write, which then needs a transaction.
  const write = (db: typeof ctx.db, fileIds: string[], batched?: (sets: RowSet[]) => Promise<void>) =>
    insertPetition(db, ctx, secrets, {
      unit,
      kind: input.kind,
      channel: "online",
      receivedDate,
      seq,
      summary: input.summary,
      content: input.content,
      signerCount: input.signerCount,
      petitioner: petitioner ? { given: petitioner } : null,
      fileIds,
      action: "petitions.public-intake",
      write: batched,
      alongside: (row, pin) => {
        const notices = petitionerNotices(petitioner, {
          subject: `Đã tiếp nhận đơn ${row.code}`,
          body: `Đơn gửi trực tuyến đã được tiếp nhận, mã đơn ${row.code}. Hạn xử lý: ${row.processDue}.`,
          link: trackingLink(row.code),
        });
        const answer = answerRow(request, { status: 201, response: { code: row.code, pin: pin! } }, codec);
        return answer ? [...notices, answer] : notices;
      },
    });
  const { row, pin } =
    input.attachments.length === 0
      ? await write(ctx.db, [], (sets) => insertRowsBatched(ctx.db, sets))
      : await withTransaction(ctx, async (tx) =>
          write(tx, await checkPublicAttachments(tx, ctx, input.attachments)),
        );
  return { status: 201, response: { code: row.code, pin: pin! }, replayed: false };
}
