import type { CounterDossierInput, CounterDossierResult } from "@danvan/common";
import { eq } from "drizzle-orm";
import { applicants, units } from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { assertCan, invalid } from "../../platform/errors";
import { idempotent } from "../../platform/idempotency";
import { can, canAnywhere } from "../../platform/scope";
import { secretsFor } from "../../platform/secrets";
import { dossierDetail } from "./get-dossier";
import { insertDossier } from "./insert-dossier";
import { checkDocuments, getProcedure, loadDossier, procedureInForce, todayVn } from "./internal";

type Receipt = { id: string; pin: string };

/**
 * A clerk files a dossier at the counter for a person or a business of the applicants register; it
 * starts in "checking". A retry with the same Idempotency-Key returns the first dossier and PIN.
 */
export async function fileAtCounter(
  ctx: Ctx,
  input: CounterDossierInput,
  key?: string,
): Promise<CounterDossierResult> {
  const actor = requireActor(ctx);
  assertCan(canAnywhere(actor, "onestop.receive"));
  const secrets = secretsFor(ctx.config);
  const today = todayVn();
  return withTransaction(ctx, async (tx) => {
    const found = await getProcedure(tx, input.procedureId);
    if (!found || !can(actor, "onestop.receive", found.unitPath)) {
      throw invalid("procedureId", "notFound");
    }
    if (found.unitValidTo !== null || !procedureInForce(found.p, today)) {
      throw invalid("procedureId", "onestopProcedureNotInForce");
    }
    const [row] = await tx
      .select({ a: applicants, unitPath: units.path })
      .from(applicants)
      .innerJoin(units, eq(units.id, applicants.unitId))
      .where(eq(applicants.id, input.applicantId));
    // The register is read in scope: an applicant the clerk cannot look up is not found here either.
    if (!row || !can(actor, "applicants.read", row.unitPath)) {
      throw invalid("applicantId", "notFound");
    }
    const applicant = row.a;
    const receipt = await idempotent<Receipt>(
      tx,
      { scope: `onestop.counter:${actor.id}`, key, body: input },
      async () => {
        const documents = await checkDocuments(tx, found.p, input.documents, actor.id);
        const { row, pin } = await insertDossier(tx, ctx, secrets, {
          procedure: found.p,
          unitCode: found.unitCode,
          channel: "counter",
          status: "checking",
          filedDate: today,
          applicant: {
            id: applicant.id,
            kind: applicant.kind,
            name: applicant.name,
            identifier: applicant.kind === "person" ? applicant.personalId : applicant.taxCode,
            phone: applicant.phone,
            email: applicant.email,
            address: applicant.address,
          },
          summary: input.summary ?? null,
          documents,
          action: "onestop.file-at-counter",
        });
        return { status: 201, response: { id: row.id, pin } };
      },
      {
        store: (r) => ({ id: r.id, pin: secrets.seal(r.pin, "idempotent-pin") }),
        load: (s) => {
          const stored = s as Receipt;
          return { id: stored.id, pin: secrets.open(stored.pin, "idempotent-pin") };
        },
      },
    );
    const loaded = await loadDossier(tx, actor, receipt.response.id);
    return { dossier: await dossierDetail(tx, actor, loaded), pin: receipt.response.pin };
  });
}
