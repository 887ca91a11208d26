import { ROLE_LABELS, type Role, UNIT_TYPE_LABELS, type UnitType } from "@danvan/common";
import type { Lang } from "./use-lang";

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}

export function unitTypeLabel(type: UnitType, lang: Lang): string {
  return UNIT_TYPE_LABELS[type][lang];
}
