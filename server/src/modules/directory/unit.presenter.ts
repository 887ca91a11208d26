import type { Unit, UnitType } from "@danvan/common";
import type { Actor } from "../../platform/context";
import { unitAbilities } from "./directory.policy";
import { today, type UnitRow } from "./internal";

type Ref = { id: string; code: string; name: string };

export function presentUnit(
  actor: Actor | null,
  row: UnitRow,
  successors: Ref[] = [],
  predecessors: Ref[] = [],
): Unit {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    type: row.type as UnitType,
    parentId: row.parentId,
    depth: row.depth,
    isRemote: row.isRemote,
    validFrom: row.validFrom,
    validTo: row.validTo,
    isActive: row.validTo === null || row.validTo >= today(),
    successors,
    predecessors,
    abilities: unitAbilities(actor, row),
  };
}
