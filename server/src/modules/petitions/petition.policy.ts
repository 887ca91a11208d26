import type { PetitionAbilities } from "@danvan/common";
import type { Actor } from "../../platform/context";
import { can, canAnywhere } from "../../platform/scope";

export type PetitionFacts = {
  status: string;
  kind: string;
  round: number;
  unitPath: string;
  handlerId: string | null;
  isConfidential: boolean;
  classified: boolean;
  isMultiContent: boolean;
  resolveDue: string | null;
  /** Extensions the rule still allows; null when not counted (the extend verb counts them under lock). */
  extensionsLeft: number | null;
};

const OPEN = ["received", "information", "accepted"];

/** Who may see a petition: its assigned handler, and staff with `petitions.read` over its unit. */
export function canViewPetition(actor: Actor, f: PetitionFacts): boolean {
  return actor.id === f.handlerId || can(actor, "petitions.read", f.unitPath);
}

/** A leader grant on the petition's unit or above: the leader who directs its handling. */
export function isDirectingLeader(actor: Actor, unitPath: string): boolean {
  return actor.grants.some((g) => g.role === "leader" && unitPath.startsWith(g.unitPath));
}

/**
 * A confidential identity (a denouncer's) is need-to-know: only the assigned handler and the directing
 * leader read it (Luật Tố cáo Đ.9 k.1b, Đ.47). Any other identity goes with the petition.
 */
export function canReadIdentity(actor: Actor, f: PetitionFacts): boolean {
  if (!f.isConfidential) {
    return canViewPetition(actor, f);
  }
  return actor.id === f.handlerId || isDirectingLeader(actor, f.unitPath);
}

/**
 * The head who resolves the case decides an extension of its resolution time, in writing
 * (Luật Tố cáo 2018 Đ.30 k.1): a leader over the unit, as for directions.
 */
export function canExtend(actor: Actor, f: PetitionFacts): boolean {
  return f.status === "accepted" && isDirectingLeader(actor, f.unitPath) && f.extensionsLeft !== 0;
}

/** A first complaint may be followed by a second once decided, or once its time limit lapsed (Luật KN Đ.33). */
export function secondComplaintOpen(f: PetitionFacts, today: string): boolean {
  const lapsed = f.status === "accepted" && f.resolveDue !== null && f.resolveDue < today;
  return f.kind === "complaint" && f.round === 1 && (f.status === "resolved" || lapsed);
}

export function petitionAbilities(actor: Actor, f: PetitionFacts, today: string): PetitionAbilities {
  const manage = can(actor, "petitions.manage", f.unitPath);
  const monitor = can(actor, "petitions.monitor", f.unitPath);
  const isHandler = actor.id === f.handlerId;
  const open = OPEN.includes(f.status);
  const processing = f.status === "received" || f.status === "information";
  return {
    classify: manage && processing,
    split: manage && f.status === "received" && f.isMultiContent,
    decide: manage && processing && f.classified && !f.isMultiContent,
    assign: manage && open,
    note: open && (manage || isHandler || can(actor, "petitions.resolve", f.unitPath)),
    resolve: f.status === "accepted" && (isHandler || can(actor, "petitions.resolve", f.unitPath)),
    withdraw: manage && open,
    secondComplaint: canAnywhere(actor, "petitions.manage") && secondComplaintOpen(f, today),
    urge: open && monitor && f.handlerId !== null && !isHandler,
    reportToHead: open && monitor,
    direct: open && isDirectingLeader(actor, f.unitPath),
    extend: canExtend(actor, f),
    readIdentity: canReadIdentity(actor, f),
  };
}
