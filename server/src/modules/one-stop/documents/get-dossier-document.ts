import { type Ctx, requireActor } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { ratingOfferFor } from "../../satisfaction/pending-token-for";
import { loadDossier } from "../internal";
import { assertIssued, type DocumentKind, type RenderedDocument, renderSlip } from "./dossier-documents";
import { loadSlipData } from "./slip-data";

/**
 * A printable slip of a dossier the actor may see (else 404, as reading the dossier); 409 when the
 * dossier's history has not issued it (no receipt before receiving, no refusal unless refused, …), or
 * for the rating invitation once the dossier was rated or its link ran out.
 */
export async function getDossierDocument(
  ctx: Ctx,
  id: string,
  kind: DocumentKind,
  publicBase: string,
): Promise<RenderedDocument> {
  const actor = requireActor(ctx);
  const loaded = await loadDossier(ctx.db, actor, id);
  assertIssued(loaded.d, kind);
  const data = await loadSlipData(ctx.db, loaded.d, loaded.unitName, publicBase);
  if (kind === "rating") {
    const offer = await ratingOfferFor(ctx.db, ctx.config, "dossier", loaded.d.id);
    if (!offer?.path) {
      throw new AppError("CONFLICT", "onestopRatingClosed", [
        { path: "kind", message: "onestopRatingClosed" },
      ]);
    }
    // The QR's base as the receipt's: the public address, else the one the request came to.
    data.rating = { url: publicBase.replace(/\/+$/, "") + offer.path, expiresAt: offer.expiresAt };
  }
  return renderSlip(kind, data);
}
