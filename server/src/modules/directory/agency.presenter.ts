import type { Agency, AgencyKind } from "@danvan/common";
import type { agencies } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { canManageAgency } from "./directory.policy";

export function presentAgency(
  actor: Actor | null,
  row: typeof agencies.$inferSelect,
  unit: { name: string; path: string },
): Agency {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: unit.name,
    code: row.code,
    name: row.name,
    kind: row.kind as AgencyKind,
    isActive: row.isActive,
    abilities: { update: canManageAgency(actor, unit.path) },
  };
}
