import { RECEPTION_PERMISSIONS } from "@danvan/common";
import type { Actor } from "../../platform/context";
import { can } from "../../platform/scope";

/** Who may see the reception book of a unit: staff who read petitions there. */
export function canReadReception(actor: Actor, unitPath: string): boolean {
  return can(actor, RECEPTION_PERMISSIONS.read, unitPath);
}

/** Reception officers and leaders of the unit (or above) keep schedules, sessions and the book. */
export function canManageReception(actor: Actor, unitPath: string): boolean {
  return can(actor, RECEPTION_PERMISSIONS.manage, unitPath);
}

/** A leader grant on the unit or above: the leader who hosts and directs. */
export function isLeaderOver(actor: Actor, unitPath: string): boolean {
  return actor.grants.some((g) => g.role === "leader" && unitPath.startsWith(g.unitPath));
}

export type EntryFacts = {
  unitPath: string;
  isConfidential: boolean;
  createdBy: string | null;
  hostId: string | null;
};

/**
 * A denouncer's identity is need-to-know (Luật Tố cáo Đ.9 k.1b): the officer who took it down and the
 * leaders over the unit. Any other visitor's identity goes with the book.
 */
export function canReadVisitor(actor: Actor, f: EntryFacts): boolean {
  if (!f.isConfidential) {
    return canReadReception(actor, f.unitPath);
  }
  return actor.id === f.createdBy || actor.id === f.hostId || isLeaderOver(actor, f.unitPath);
}
