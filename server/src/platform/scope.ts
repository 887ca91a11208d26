import { type Permission, ROLE_PERMISSIONS } from "@danvan/common";
import { type AnyColumn, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "./context";

/** Unit paths under which the actor holds `permission` (a grant covers its unit's subtree). */
export function scopePrefixes(actor: Actor, permission: Permission): string[] {
  const prefixes = actor.grants
    .filter((g) => ROLE_PERMISSIONS[g.role].includes(permission))
    .map((g) => g.unitPath);
  return prefixes.filter((p) => !prefixes.some((q) => q !== p && p.startsWith(q)));
}

export function can(actor: Actor | null, permission: Permission, unitPath: string): boolean {
  return !!actor && scopePrefixes(actor, permission).some((p) => unitPath.startsWith(p));
}

export function canAnywhere(actor: Actor | null, permission: Permission): boolean {
  return !!actor && scopePrefixes(actor, permission).length > 0;
}

/** SQL filter: the row's unit path lies under one of the actor's prefixes; none → matches nothing. */
export function inScope(pathColumn: AnyColumn | SQL, actor: Actor, permission: Permission): SQL {
  const prefixes = scopePrefixes(actor, permission);
  if (prefixes.length === 0) {
    return sql`false`;
  }
  return or(...prefixes.map((p) => sql`${pathColumn} LIKE ${`${p}%`}`)) as SQL;
}
