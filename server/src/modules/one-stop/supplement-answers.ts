import { type MissingItemKind, missingItemKey } from "@danvan/common";
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

type Named = { key?: string; item?: number };

/**
 * A supplement's documents as filed, online or at the counter: one naming a missing item by its place
 * takes that item's key, and free-text items become documents of their own, named by the clerk's words.
 * A place beyond the list is a 400 on `documents.<i>.item`.
 */
export function resolveAnswers<D extends Named>(d: DossierRow, documents: D[]) {
  const asked = askedItems(d);
  const freeText = new Map(asked.filter((a) => a.isFreeText).map((a) => [a.key, a.name]));
  const submitted = documents.map(({ item, key, ...rest }, i) => {
    if (item === undefined) {
      return { ...rest, key: key! };
    }
    const target = asked[item];
    if (!target) {
      throw invalid(`documents.${i}.item`, "onestopUnknownMissingItem");
    }
    return { ...rest, key: target.key };
  });
  return { submitted, freeText };
}

/** The timeline's record of a supplement: which files answer which item. */
export const answersOf = (added: DossierRow["documents"]) =>
  added.map((a) => ({ key: a.key, name: a.name, fileIds: a.fileIds }));
