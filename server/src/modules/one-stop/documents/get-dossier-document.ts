import { type Ctx, requireActor } from "../../../platform/context";
import { loadDossier } from "../internal";
import { assertIssued, type DocumentKind, type RenderedDocument, renderSlip } from "./dossier-documents";
import { loadSlipData } from "./slip-data";

/**
 * A printable slip of a dossier the actor may see (else 404, as reading the dossier); 409 when the
 * dossier's history has not issued it (no receipt before receiving, no refusal unless refused, …).
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
  return renderSlip(kind, await loadSlipData(ctx.db, loaded.d, loaded.unitName, publicBase));
}
