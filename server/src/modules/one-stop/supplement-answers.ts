import {
  type MissingItemKind,
  missingItemKey,
  type PublicSubmittedDocument,
  type PublicSupplementDocument,
} from "@danvan/common";
import { invalid } from "../../platform/errors";
import type { DossierRow } from "./internal";

/** The items the dossier waits for, each under the key its answer is filed with. */
export function askedItems(d: DossierRow) {
  const kind: MissingItemKind = d.status === "supplement_requested" ? "supplement" : "return";
  const items = (kind === "supplement" ? d.supplementItems : d.processingReturnItems) ?? [];
  return items.map((item, i) => ({
    key: missingItemKey(kind, item, i),
    name: item.description,
    isFreeText: item.key === null,
  }));
}

/**
 * An online supplement's documents as filed: one naming a missing item by its place takes that item's
 * key, and free-text items become documents of their own, named by the clerk's words. A place beyond
 * the list is a 400 on `documents.<i>.item`.
 */
export function resolveAnswers(d: DossierRow, documents: PublicSupplementDocument[]) {
  const asked = askedItems(d);
  const freeText = new Map(asked.filter((a) => a.isFreeText).map((a) => [a.key, a.name]));
  const submitted: PublicSubmittedDocument[] = documents.map(({ item, key, ...rest }, i) => {
    if (item === undefined) {
      return { ...rest, key: key! };
    }
    const target = asked[item];
    if (!target) {
      throw invalid(`documents.${i}.item`, "onestopUnknownDocument");
    }
    return { ...rest, key: target.key };
  });
  return { submitted, freeText };
}
