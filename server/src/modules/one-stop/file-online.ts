import type { PublicDossierInput, PublicDossierReceipt } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { idempotent } from "../../platform/idempotency";
import { secretsFor } from "../../platform/secrets";
import { insertDossier } from "./insert-dossier";
import { getProcedure, procedureInForce, todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { checkPublicDocuments } from "./public-upload";

/**
 * A citizen or business files online, without an account, with the scans uploaded through the portal
 * for each document of the procedure's list. Honours `Idempotency-Key`: a retry with the
 * same key and body gets the same code and PIN and creates nothing; the PIN is kept sealed for it.
 */
export async function fileOnline(ctx: Ctx, input: PublicDossierInput, key: string | undefined) {
  const secrets = secretsFor(ctx.config);
  const today = todayVn();
  return withTransaction(ctx, async (tx) => {
    const found = await getProcedure(tx, input.procedureId);
    if (!found || found.unitValidTo !== null || !procedureInForce(found.p, today)) {
      throw invalid("procedureId", "onestopProcedureNotInForce");
    }
    if (found.p.onlineLevel === "none") {
      throw invalid("procedureId", "onestopProcedureOffline");
    }
    return idempotent<PublicDossierReceipt>(
      tx,
      { scope: "public.dossiers", key, body: input },
      async () => {
        const documents = await checkPublicDocuments(tx, ctx, found.p, input.documents);
        const a = input.applicant;
        const { row, pin } = await insertDossier(tx, ctx, secrets, {
          procedure: found.p,
          unitCode: found.unitCode,
          channel: "online",
          status: "new",
          filedDate: today,
          applicant: {
            id: null,
            kind: a.kind,
            name: a.name,
            identifier: a.kind === "person" ? a.personalId : a.taxCode,
            phone: a.phone,
            email: a.email ?? null,
            address: a.address,
          },
          summary: input.summary ?? null,
          documents,
          action: "onestop.file-online",
        });
        await notifyApplicant(
          tx,
          row,
          `Đã nhận hồ sơ ${row.code}`,
          `Hồ sơ "${found.p.name}" nộp trực tuyến đã được ghi nhận, mã hồ sơ ${row.code}. Bộ phận Một cửa sẽ kiểm tra và thông báo kết quả tiếp nhận.`,
        );
        return { status: 201, response: { code: row.code, pin } };
      },
      {
        store: (r) => ({ code: r.code, pin: secrets.seal(r.pin, "idempotent-pin") }),
        load: (s) => {
          const stored = s as PublicDossierReceipt;
          return { code: stored.code, pin: secrets.open(stored.pin, "idempotent-pin") };
        },
      },
    );
  });
}
