import { eq } from "drizzle-orm";
import { dossiers, units } from "../../../db/schema";
import type { Ctx } from "../../../platform/context";
import { notFound } from "../../../platform/errors";
import { secretsFor } from "../../../platform/secrets";
import { checkPinGuess } from "../track-dossier";
import { assertIssued, type RenderedDocument, renderSlip } from "./dossier-documents";
import { loadSlipData } from "./slip-data";

/**
 * The applicant's own receipt and appointment slip, by code and PIN. It carries their personal details,
 * so a missing or wrong PIN answers like an unknown code and a wrong one counts against the client.
 */
export async function getPublicReceipt(
  ctx: Ctx,
  code: string,
  pin: string,
  client: string,
  publicBase: string,
): Promise<RenderedDocument> {
  const [row] = await ctx.db
    .select({ d: dossiers, unitName: units.name })
    .from(dossiers)
    .innerJoin(units, eq(units.id, dossiers.unitId))
    .where(eq(dossiers.code, code));
  if (!row || !secretsFor(ctx.config).pinMatches(pin, row.d.pinHash)) {
    checkPinGuess(client, code);
    throw notFound("dossier");
  }
  assertIssued(row.d, "receipt");
  return renderSlip("receipt", await loadSlipData(ctx.db, row.d, row.unitName, publicBase));
}
