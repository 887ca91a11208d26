import type { DossierAbilities } from "@danvan/common";
import type { Dayjs } from "dayjs";
import type { SubmittedDoc } from "../documents-checklist";
import type { MissingItem } from "../missing-items-field";

export type Action = keyof DossierAbilities;
export type Field =
  | "note"
  | "reason"
  | "items"
  | "documents"
  | "handler"
  | "nextHandler"
  | "assignee"
  | "date"
  | "decision";

/** What an action's dialog holds, whichever of its fields it shows. */
export type Values = {
  note?: string;
  reason?: string;
  items?: MissingItem[];
  documents?: SubmittedDoc[];
  handlerId?: string;
  date?: Dayjs;
  decision?: "granted" | "denied";
  resultNo?: string;
};

/** Each lifecycle action: its verb on the server and the fields of its dialog (server README diagram). */
export const ACTIONS: Record<Action, { verb: string; fields: Field[]; danger?: boolean; primary?: boolean }> =
  {
    startCheck: { verb: "start-check", fields: [], primary: true },
    requestSupplement: { verb: "request-supplement", fields: ["items", "note"] },
    supplement: { verb: "supplement", fields: ["documents", "note"], primary: true },
    receive: { verb: "receive", fields: ["documents", "note"], primary: true },
    refuse: { verb: "refuse", fields: ["reason"], danger: true },
    startProcessing: { verb: "start-processing", fields: ["handler", "note"], primary: true },
    completeStep: { verb: "complete-step", fields: ["nextHandler", "note"], primary: true },
    assignStep: { verb: "assign-step", fields: ["assignee", "note"] },
    returnForSupplement: { verb: "return-for-supplement", fields: ["items", "reason"] },
    reappoint: { verb: "reappoint", fields: ["date", "reason"] },
    approve: { verb: "approve", fields: ["decision"], primary: true },
    returnResult: { verb: "return-result", fields: ["note"], primary: true },
    withdraw: { verb: "withdraw", fields: ["reason"], danger: true },
    recordComplaint: { verb: "record-complaint", fields: ["reason"], danger: true },
  };

export const ORDER: Action[] = [
  "startCheck",
  "receive",
  "requestSupplement",
  "supplement",
  "refuse",
  "startProcessing",
  "completeStep",
  "assignStep",
  "returnForSupplement",
  "reappoint",
  "approve",
  "returnResult",
  "withdraw",
  "recordComplaint",
];
