import { z } from "zod";
import { RatingOffer } from "./rating-offer";

const Named = z.object({ id: z.string(), name: z.string() }).nullable();
const Timeliness = z.enum(["early", "on_time", "late"]);
const Status = z.string();

export const Procedure = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  level: z.string(),
  processingDays: z.number().int(),
  fees: z.array(z.object({ label: z.string(), amount: z.number().int() })),
  documents: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      originals: z.number().int(),
      copies: z.number().int(),
      required: z.boolean(),
    }),
  ),
  onlineLevel: z.string(),
  steps: z.array(
    z.object({ stepNo: z.number().int(), name: z.string(), agency: Named, days: z.number().int() }),
  ),
  resultDocument: z.string(),
  legalBasis: z.string().nullable(),
  isPublished: z.boolean(),
  isPostedAtCounter: z.boolean(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  /** Derived from the effective dates and today (Vietnam time). */
  status: z.enum(["upcoming", "in_force", "expired"]),
  updatedAt: z.string(),
});
export type Procedure = z.infer<typeof Procedure>;

export const DossierAbilities = z.object({
  startCheck: z.boolean(),
  requestSupplement: z.boolean(),
  supplement: z.boolean(),
  refuse: z.boolean(),
  receive: z.boolean(),
  startProcessing: z.boolean(),
  completeStep: z.boolean(),
  assignStep: z.boolean(),
  returnForSupplement: z.boolean(),
  reappoint: z.boolean(),
  approve: z.boolean(),
  returnResult: z.boolean(),
  withdraw: z.boolean(),
  recordComplaint: z.boolean(),
});
export type DossierAbilities = z.infer<typeof DossierAbilities>;

export const DossierStep = z.object({
  round: z.number().int(),
  stepNo: z.number().int(),
  name: z.string(),
  agency: Named,
  handler: Named,
  budgetDays: z.number().int(),
  status: z.enum(["pending", "active", "done", "returned"]),
  startedDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  completedDate: z.string().nullable(),
  timeliness: Timeliness.nullable(),
  isOverdue: z.boolean(),
});
export type DossierStep = z.infer<typeof DossierStep>;

export const MissingItem = z.object({ key: z.string().nullable(), description: z.string() });

/** A row of a queue or list. */
export const Dossier = z.object({
  id: z.string(),
  code: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  channel: z.enum(["counter", "online"]),
  status: Status,
  applicantName: z.string(),
  filedDate: z.string(),
  receivedDate: z.string().nullable(),
  appointmentDate: z.string().nullable(),
  currentStep: z
    .object({ stepNo: z.number().int(), name: z.string(), dueDate: z.string().nullable() })
    .nullable(),
  handler: Named,
  isOverdue: z.boolean(),
  timeliness: Timeliness.nullable(),
});
export type Dossier = z.infer<typeof Dossier>;

export const DossierEvent = z.object({
  type: z.string(),
  actor: Named,
  note: z.string().nullable(),
  data: z.unknown(),
  at: z.string(),
});

export const DossierDetail = Dossier.extend({
  applicant: z.object({
    id: z.string().nullable(),
    kind: z.enum(["person", "organisation"]),
    name: z.string(),
    /** Personal ID or tax code, masked to its last digits. */
    identifier: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
  summary: z.string().nullable(),
  processingDays: z.number().int(),
  documents: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      form: z.string(),
      count: z.number().int(),
      fileIds: z.array(z.string()),
    }),
  ),
  supplementCount: z.number().int(),
  supplementItems: z.array(MissingItem).nullable(),
  refusalReason: z.string().nullable(),
  originalAppointmentDate: z.string().nullable(),
  appointmentExplanation: z.string().nullable(),
  clockStartDate: z.string().nullable(),
  round: z.number().int(),
  processingReturnCount: z.number().int(),
  processingReturnItems: z.array(MissingItem).nullable(),
  reappointmentCount: z.number().int(),
  apology: z.object({ date: z.string(), reason: z.string() }).nullable(),
  decision: z.enum(["granted", "denied"]).nullable(),
  resultNo: z.string().nullable(),
  decisionReason: z.string().nullable(),
  resultReadyDate: z.string().nullable(),
  returnedDate: z.string().nullable(),
  withdrawnDate: z.string().nullable(),
  conductComplaint: z.boolean(),
  steps: z.array(DossierStep),
  events: z.array(DossierEvent),
  abilities: DossierAbilities,
});
export type DossierDetail = z.infer<typeof DossierDetail>;

/** Answer to a portal upload: the token files it with a dossier until `expiresAt`. */
export const PublicDossierUpload = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
  token: z.string(),
  expiresAt: z.string(),
});
export type PublicDossierUpload = z.infer<typeof PublicDossierUpload>;

/** Answer to a supplement sent online: the dossier is back with the one-stop shop. */
export const PublicSupplementResult = z.object({ code: z.string(), status: z.string() });
export type PublicSupplementResult = z.infer<typeof PublicSupplementResult>;

/** Answer to online filing: the code and the PIN, shown once. */
export const PublicDossierReceipt = z.object({ code: z.string(), pin: z.string() });
export type PublicDossierReceipt = z.infer<typeof PublicDossierReceipt>;

/** Counter filing: the dossier and the applicant's tracking PIN (printed on the slip, shown once). */
export const CounterDossierResult = z.object({ dossier: DossierDetail, pin: z.string() });
export type CounterDossierResult = z.infer<typeof CounterDossierResult>;

/** The public status page: no personal data and no internal notes unless the PIN is given. */
export const PublicDossierStatus = z.object({
  code: z.string(),
  status: Status,
  statusLabel: z.object({ vi: z.string(), en: z.string() }),
  unitName: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  filedDate: z.string(),
  receivedDate: z.string().nullable(),
  appointmentDate: z.string().nullable(),
  resultReadyDate: z.string().nullable(),
  returnedDate: z.string().nullable(),
  reappointed: z.boolean(),
  steps: z.array(
    z.object({
      stepNo: z.number().int(),
      name: z.string(),
      status: z.enum(["pending", "active", "done", "returned"]),
      completedDate: z.string().nullable(),
    }),
  ),
  /** Only with the right PIN in X-Tracking-Pin. */
  applicant: z
    .object({
      name: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      missingItems: z.array(MissingItem).nullable(),
      apologyReason: z.string().nullable(),
      /** The procedure's document list, to supplement against. */
      documents: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          originals: z.number(),
          copies: z.number(),
          required: z.boolean(),
        }),
      ),
    })
    .nullable(),
  /** Only with the right PIN, once the result was returned. */
  rating: RatingOffer.nullable(),
});
export type PublicDossierStatus = z.infer<typeof PublicDossierStatus>;

export const PublicProcedure = Procedure.omit({
  isPublished: true,
  isPostedAtCounter: true,
  updatedAt: true,
});
export type PublicProcedure = z.infer<typeof PublicProcedure>;

export const OverdueStep = z.object({
  dossierId: z.string(),
  dossierCode: z.string(),
  unitName: z.string(),
  procedureName: z.string(),
  stepNo: z.number().int(),
  stepName: z.string(),
  agency: Named,
  handler: Named,
  dueDate: z.string(),
  daysOverdue: z.number().int(),
});
export type OverdueStep = z.infer<typeof OverdueStep>;
