import type { Actor } from "../../platform/context";
import { can } from "../../platform/scope";

/** Unit administration is granted on a unit and covers its subtree. */
export const canManageUnit = (actor: Actor | null, unitPath: string) =>
  can(actor, "directory.units.manage", unitPath);

/** A top-level unit (a province) needs an admin grant on some root unit. */
export const canCreateRootUnit = (actor: Actor | null) =>
  !!actor &&
  actor.grants.some((g) => g.role === "admin" && g.unitPath.split("/").filter(Boolean).length === 1);

export const canManageAgency = (actor: Actor | null, unitPath: string) =>
  can(actor, "directory.agencies.manage", unitPath);

export const canManageStaff = (actor: Actor | null, unitPath: string) =>
  can(actor, "directory.staff.manage", unitPath);

export const canManageApplicant = (actor: Actor | null, unitPath: string) =>
  can(actor, "applicants.manage", unitPath);

export function unitAbilities(actor: Actor | null, unit: { path: string; validTo: string | null }) {
  const manage = canManageUnit(actor, unit.path);
  const active = unit.validTo === null;
  return { update: manage, createChild: manage && active, retire: manage && active };
}
