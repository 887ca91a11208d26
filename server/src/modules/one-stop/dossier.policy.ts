import type { DossierAbilities } from "@danvan/common";
import type { Actor } from "../../platform/context";
import { can } from "../../platform/scope";

export type DossierFacts = {
  status: string;
  unitPath: string;
  handlerId: string | null;
  supplementCount: number;
  processingReturnCount: number;
  reappointmentCount: number;
  conductComplaint: boolean;
};

/** States in which the applicant may still withdraw and the clock may still run. */
export const OPEN_STATUSES = [
  "new",
  "checking",
  "supplement_requested",
  "received",
  "processing",
  "returned_for_supplement",
  "awaiting_approval",
];

/** States in which the appointment date is running (the dossier has been received). */
export const RUNNING_STATUSES = ["received", "processing", "awaiting_approval"];

/** Who may see a dossier: staff with `onestop.read` over its unit, and the handler of its current step. */
export function canViewDossier(actor: Actor, f: DossierFacts): boolean {
  return actor.id === f.handlerId || can(actor, "onestop.read", f.unitPath);
}

/** Processing a step: its assigned handler, or anyone holding `onestop.process` over the dossier's unit. */
export function canProcess(actor: Actor, f: DossierFacts): boolean {
  return actor.id === f.handlerId || can(actor, "onestop.process", f.unitPath);
}

/**
 * What the actor may do now. The counts enforce the "once only" rules of NĐ 61/2018 (Đ.15 k.3: one
 * supplement request; Đ.19 k.9: one re-appointment); the verbs check dates and the rule in force.
 */
export function dossierAbilities(actor: Actor, f: DossierFacts): DossierAbilities {
  const counter = can(actor, "onestop.receive", f.unitPath);
  const process = canProcess(actor, f);
  const approve = can(actor, "onestop.approve", f.unitPath);
  const s = f.status;
  return {
    startCheck: counter && s === "new",
    requestSupplement: counter && s === "checking" && f.supplementCount === 0,
    supplement: counter && (s === "supplement_requested" || s === "returned_for_supplement"),
    refuse: counter && (s === "checking" || s === "supplement_requested"),
    receive: counter && s === "checking",
    startProcessing: (counter || process) && s === "received",
    completeStep: process && s === "processing",
    assignStep: (can(actor, "onestop.process", f.unitPath) || approve) && s === "processing",
    returnForSupplement: process && s === "processing" && f.processingReturnCount === 0,
    reappoint: (process || approve) && RUNNING_STATUSES.includes(s) && f.reappointmentCount === 0,
    approve: approve && s === "awaiting_approval",
    returnResult: counter && s === "result_ready",
    withdraw: counter && OPEN_STATUSES.includes(s),
    recordComplaint: approve && !f.conductComplaint,
  };
}
