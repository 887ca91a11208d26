import { type MissingItemKind, missingItemKey } from "@danvan/common";
import type { ChecklistDoc } from "./components/documents-checklist";

type Item = { key: string | null; description: string };

/**
 * The rows answering a request for missing items, online or at the counter: a catalogue document under
 * its own key, a free-text item under the key it is filed with; the whole catalogue when nothing was
 * listed. `itemOf` gives each row's place in the list, which is how the server is told what it answers.
 */
export function answerRows(kind: MissingItemKind, items: Item[], catalogue: ChecklistDoc[]) {
  if (items.length === 0) {
    return { rows: catalogue, itemOf: new Map<string, number>() };
  }
  const byKey = new Map(catalogue.map((d) => [d.key, d]));
  const rows: ChecklistDoc[] = items.map((item, i) => {
    const known = item.key ? byKey.get(item.key) : undefined;
    return (
      known ?? {
        key: missingItemKey(kind, item, i),
        name: item.description,
        originals: 0,
        copies: 0,
        required: true,
        isFreeText: true,
      }
    );
  });
  return { rows, itemOf: new Map(items.map((item, i) => [missingItemKey(kind, item, i), i])) };
}

/** A ticked row as the server takes it: a missing item by its place, any other document by its key. */
export function answerInput<D extends { key: string }>(
  { key, ...rest }: D,
  itemOf: ReadonlyMap<string, number>,
) {
  const item = itemOf.get(key);
  return item === undefined ? { key, ...rest } : { item, ...rest };
}
