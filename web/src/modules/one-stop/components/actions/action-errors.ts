import { type ApiError, isApiError } from "../../../../lib/api-client";
import type { Field, Values } from "./action-specs";

/** The form field showing a server error on `path` (documents.gcn → the checklist). */
const PATH_FIELDS: Record<string, Field> = {
  items: "items",
  documents: "documents",
  note: "note",
  reason: "reason",
  handlerId: "handler",
  nextHandlerId: "nextHandler",
  newAppointmentDate: "date",
  decision: "decision",
  resultNo: "decision",
};
const FIELD_NAMES: Record<Field, keyof Values> = {
  items: "items",
  documents: "documents",
  note: "note",
  reason: "reason",
  handler: "handlerId",
  nextHandler: "handlerId",
  assignee: "handlerId",
  date: "date",
  decision: "resultNo",
};
const fieldOf = (path: string): Field | null => PATH_FIELDS[path.split(".")[0] ?? ""] ?? null;

/**
 * The document a server error is about, to name it under the checklist: `documents.<i>.item` is about
 * the i-th document sent, `documents.<key>` (a required one missing) names it by its key.
 */
export function documentOf(path: string, sent: { key: string }[], rows: { key: string; name: string }[]) {
  const [head, at, ...rest] = path.split(".");
  if (head !== "documents" || at === undefined) {
    return undefined;
  }
  const key = rest.length > 0 ? sent[Number(at)]?.key : at;
  return rows.find((r) => r.key === key)?.name;
}

/** The server's field errors placed under the dialog's fields, a document's error naming it. */
export function placedErrors(
  error: ApiError,
  has: (f: Field) => boolean,
  docName: (path: string) => string | undefined,
) {
  return error.details.flatMap((d) => {
    const name = fieldOf(d.path);
    const doc = docName(d.path);
    const message = doc ? `${d.message}: ${doc}` : d.message;
    return name && has(name) ? [{ name: FIELD_NAMES[name], errors: [message] }] : [];
  });
}

/** What the dialog cannot show under a field: 403/412 rule messages, and details naming no field. */
export function unplacedError(error: unknown, has: (f: Field) => boolean, t: (k: string) => string) {
  if (!error) {
    return null;
  }
  if (!isApiError(error)) {
    return t("errors.unexpected");
  }
  if (error.details.length > 0) {
    const rest = error.details.filter((d) => {
      const f = fieldOf(d.path);
      return !(f && has(f));
    });
    return rest.length > 0 ? rest.map((d) => d.message).join("; ") : null;
  }
  return error.message || t(`errors.${error.code}`);
}
