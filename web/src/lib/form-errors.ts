import type { FormInstance } from "antd";
import type { ApiError } from "./api-client";

type NamePath = (string | number)[];

function toNamePath(path: string): NamePath {
  return path
    .split(/[.[\]]/)
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function hasPath(values: unknown, path: NamePath): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !(key in node)) {
      return false;
    }
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/**
 * Shows each `details[]` entry of a validation error under its form field.
 * Returns true when every detail found a field, so nothing else needs to be shown.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError): boolean {
  if (error.details.length === 0) {
    return false;
  }
  const registered: unknown = form.getFieldsValue();
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  let allMatched = true;
  for (const detail of error.details) {
    const name = toNamePath(detail.path);
    if (name.length === 0 || !hasPath(registered, name)) {
      allMatched = false;
      continue;
    }
    const key = name.join(".");
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(detail.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name, errors })));
  return allMatched;
}
