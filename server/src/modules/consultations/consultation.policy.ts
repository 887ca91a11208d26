import type { Actor } from "../../platform/context";
import { can } from "../../platform/scope";

export type ConsultationFacts = {
  unitPath: string;
  ownerId: string;
  directorId: string;
  votingOpen: boolean;
  isClosed: boolean;
};

/** Staff who follow consultations of the unit or above. */
export function canReadConsultations(actor: Actor, unitPath: string): boolean {
  return can(actor, "consultations.read", unitPath);
}

/** Officers and leaders who run the consultations of the unit (register, meetings, votes, tracker). */
export function canManageConsultations(actor: Actor, unitPath: string): boolean {
  return can(actor, "consultations.manage", unitPath);
}

/** What the actor may do on one consultation; the SPA hides what is false. */
export function consultationAbilities(actor: Actor, f: ConsultationFacts) {
  const manage = canManageConsultations(actor, f.unitPath);
  return {
    edit: manage,
    manageVoting: manage,
    moderate: can(actor, "consultations.moderate", f.unitPath),
    answer: manage || actor.id === f.ownerId || actor.id === f.directorId,
    commit: manage && can(actor, "tasks.create", f.unitPath),
  };
}
