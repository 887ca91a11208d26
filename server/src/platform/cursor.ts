import { invalid } from "./errors";

/** Opaque keyset cursor: the sort key and id of the last row of the previous page. */
export function encodeCursor(sortKey: string | number, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): { sortKey: string; id: string } | null {
  if (!cursor) {
    return null;
  }
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [unknown, unknown];
    if ((typeof sortKey === "string" || typeof sortKey === "number") && typeof id === "string") {
      return { sortKey: String(sortKey), id };
    }
  } catch {
    // fall through
  }
  throw invalid("cursor", "invalidValue");
}

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => [string | number, string]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(...keyOf(last)) : null;
  return { items, nextCursor };
}

/** Escapes LIKE wildcards in user text. */
export function likeEscape(value: string): string {
  return value.replace(/[\\%_]/g, (m) => `\\${m}`);
}
