import type { Unit } from "@danvan/common";
import { compareVi } from "../../lib/format";

export type UnitNode = Unit & { children?: UnitNode[] };

/**
 * Rows with their parent's id nested under it, in the order given; a row whose parent is not in the list
 * (out of the reader's view, or the unit asked about) becomes a root.
 */
export function nestByParent<T extends { parentId: string | null }>(
  rows: readonly T[],
  idOf: (row: T) => string,
): (T & { children?: T[] })[] {
  type Node = T & { children?: Node[] };
  const byId = new Map<string, Node>(rows.map((r) => [idOf(r), { ...r }]));
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) {
      parent.children = [...(parent.children ?? []), node];
    } else {
      roots.push(node);
    }
  }
  return roots;
}

/** Turns the flat, scoped list into a tree; a unit whose parent is out of view becomes a root. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const roots: UnitNode[] = nestByParent(units, (u) => u.id);
  const sort = (nodes: UnitNode[]): UnitNode[] => {
    nodes.sort((a, b) => Number(b.isActive) - Number(a.isActive) || compareVi(a.name, b.name));
    for (const n of nodes) {
      if (n.children) {
        sort(n.children);
      }
    }
    return nodes;
  };
  return sort(roots);
}

export type UnitOption = { value: string; title: string; children?: UnitOption[] };

/** TreeSelect data of the active units. */
export function toUnitOptions(units: readonly Unit[], excludeId?: string): UnitOption[] {
  const active = units.filter((u) => u.isActive && u.id !== excludeId);
  const convert = (nodes: UnitNode[]): UnitOption[] =>
    nodes.map((n) => ({
      value: n.id,
      title: n.name,
      ...(n.children ? { children: convert(n.children) } : {}),
    }));
  return convert(buildUnitTree(active));
}
