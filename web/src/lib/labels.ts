// Subpath imports: the package index would bring every schema of common (and zod) into the home page.
import { UNIT_TYPE_LABELS, type UnitType } from "@danvan/common/directory";
import { ROLE_LABELS, type Role } from "@danvan/common/roles";
import type { Lang } from "./use-lang";

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}

export function unitTypeLabel(type: UnitType, lang: Lang): string {
  return UNIT_TYPE_LABELS[type][lang];
}
