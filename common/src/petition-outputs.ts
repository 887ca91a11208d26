import { z } from "zod";
import {
  ArchiveGround,
  PetitionChannel,
  PetitionKind,
  PetitionStatus,
  SimilarReason,
} from "./petition-kinds";
import { RatingOffer } from "./rating-offer";

const PersonRef = z.object({ id: z.string(), fullName: z.string() }).nullable();
const Named = z.object({ id: z.string(), name: z.string() }).nullable();

export const PetitionAbilities = z.object({
  classify: z.boolean(),
  split: z.boolean(),
  decide: z.boolean(),
  assign: z.boolean(),
  note: z.boolean(),
  resolve: z.boolean(),
  withdraw: z.boolean(),
  secondComplaint: z.boolean(),
  urge: z.boolean(),
  reportToHead: z.boolean(),
  /** The head (a leader over the unit) records a direction. */
  direct: z.boolean(),
  /** The head extends the resolution time, while the rule in force has extensions left. */
  extend: z.boolean(),
  readIdentity: z.boolean(),
});
export type PetitionAbilities = z.infer<typeof PetitionAbilities>;

/** What lists show of the petitioner: a confidential identity is never here, only the label. */
export const PetitionerLabel = z.object({
  name: z.string(),
  /** Personal ID masked to its last 3 digits; null when absent or confidential. */
  identifier: z.string().nullable(),
  confidential: z.boolean(),
  anonymous: z.boolean(),
});

export const Petition = z.object({
  id: z.string(),
  code: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: PetitionKind,
  round: z.number().int(),
  channel: PetitionChannel,
  status: PetitionStatus,
  receivedDate: z.string(),
  summary: z.string(),
  petitioner: PetitionerLabel,
  signerCount: z.number().int(),
  isGroup: z.boolean(),
  classified: z.boolean(),
  processDue: z.string(),
  resolveDue: z.string().nullable(),
  /** The deadline running now (processing, then resolution); null once closed. */
  currentDue: z.string().nullable(),
  isOverdue: z.boolean(),
  daysLeft: z.number().int().nullable(),
  isComplex: z.boolean(),
  agency: Named,
  handler: PersonRef,
  answerPublished: z.boolean(),
  createdAt: z.string(),
  abilities: PetitionAbilities,
});
export type Petition = z.infer<typeof Petition>;

export const PetitionIdentity = z.object({
  fullName: z.string(),
  personalId: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type PetitionIdentity = z.infer<typeof PetitionIdentity>;

const Deadline = z.object({
  due: z.string(),
  ruleCode: z.string().nullable(),
  ruleVersionId: z.string().nullable(),
  explanation: z.string().nullable(),
});

export const PetitionEvent = z.object({
  id: z.string(),
  type: z.string(),
  actor: PersonRef,
  note: z.string().nullable(),
  data: z.unknown().nullable(),
  createdAt: z.string(),
  files: z.array(z.object({ id: z.string(), name: z.string(), size: z.number(), mime: z.string() })),
});

/** The head's latest direction on the case, and whether a report to the head still awaits one. */
export const PetitionFollowUp = z.object({
  latestDirection: z.object({ by: PersonRef, at: z.string(), note: z.string() }).nullable(),
  headReportPending: z.boolean(),
});
export type PetitionFollowUp = z.infer<typeof PetitionFollowUp>;

export const PetitionDetail = Petition.extend({
  content: z.string(),
  hasOriginalDocuments: z.boolean(),
  source: z.object({ bodyName: z.string(), documentNo: z.string().nullable() }).nullable(),
  parent: Named,
  splitFrom: Named,
  transferredFrom: Named,
  children: z.array(z.object({ id: z.string(), code: z.string(), relation: z.string() })),
  classification: z
    .object({
      eligible: z.boolean(),
      ineligibleReason: z.string().nullable(),
      withinCompetence: z.boolean(),
      competentBody: z.string().nullable(),
      isMultiContent: z.boolean(),
      /** Feedback about an administrative procedure, counted in TT 01/2018 indicator 8. */
      concernsProcedure: z.boolean(),
      dossier: z.object({ id: z.string(), code: z.string() }).nullable(),
    })
    .nullable(),
  decision: z
    .object({
      action: z.string(),
      date: z.string(),
      documentNo: z.string().nullable(),
      note: z.string().nullable(),
      late: z.boolean(),
      lateReason: z.string().nullable(),
      archiveGround: ArchiveGround.nullable(),
      target: Named,
      targetBodyName: z.string().nullable(),
    })
    .nullable(),
  deadlines: z.object({ process: Deadline, resolve: Deadline.nullable() }),
  /** Extensions of the resolution time: used so far, most the rule allows, longest one in days. */
  resolveExtensions: z
    .object({ used: z.number().int(), max: z.number().int(), maxDays: z.number().int().nullable() })
    .nullable(),
  complexJustification: z.string().nullable(),
  resolution: z
    .object({
      date: z.string(),
      documentNo: z.string().nullable(),
      answer: z.string(),
      onTime: z.boolean(),
      lateReason: z.string().nullable(),
    })
    .nullable(),
  /** Full identity only for who may read it (each read is audited); else null with `identityMasked`. */
  identity: PetitionIdentity.nullable(),
  identityMasked: z.boolean(),
  events: z.array(PetitionEvent),
  followUp: PetitionFollowUp,
});
export type PetitionDetail = z.infer<typeof PetitionDetail>;

export const PetitionIntakeResult = z.object({
  petition: PetitionDetail,
  /** The citizen's tracking PIN, shown once (on the receipt); only its keyed hash is stored. */
  pin: z.string(),
});
export const PublicPetitionReceipt = z.object({ code: z.string(), pin: z.string() });
export type PublicPetitionReceipt = z.infer<typeof PublicPetitionReceipt>;

/** What a citizen sees with code + PIN: state, next deadline, the published answer; no staff, no notes. */
export const PublicPetitionStatus = z.object({
  code: z.string(),
  kind: PetitionKind,
  status: PetitionStatus,
  statusLabel: z.object({ vi: z.string(), en: z.string() }),
  unitName: z.string(),
  receivedDate: z.string(),
  nextDeadline: z.object({ stage: z.enum(["process", "resolve"]), date: z.string() }).nullable(),
  answer: z
    .object({ text: z.string(), documentNo: z.string().nullable(), date: z.string().nullable() })
    .nullable(),
  /** Codes the petition continues under (split parts, the receiving body's copy); same PIN. */
  continuedAs: z.array(z.string()),
  /** Once the petition is resolved (the code and PIN were proved to read this). */
  rating: RatingOffer.nullable(),
});
export type PublicPetitionStatus = z.infer<typeof PublicPetitionStatus>;

export const SimilarPetition = z.object({
  petition: Petition,
  similarity: z.number().nullable(),
  reasons: z.array(SimilarReason),
});
export type SimilarPetition = z.infer<typeof SimilarPetition>;

export const BoardPetition = Petition.extend({ followUp: PetitionFollowUp });
export type BoardPetition = z.infer<typeof BoardPetition>;

export const PetitionBoard = z.object({
  dueSoon: z.array(BoardPetition),
  overdue: z.array(BoardPetition),
  byAgency: z.array(
    z.object({
      agencyId: z.string().nullable(),
      agencyName: z.string(),
      open: z.number().int(),
      dueSoon: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});
export type PetitionBoard = z.infer<typeof PetitionBoard>;

export const PetitionFigureRow = z.object({
  key: z.string(),
  name: z.string(),
  received: z.number().int(),
  accepted: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  /** resolved ÷ accepted for petitions accepted in the period; null when none was accepted. */
  handlingRate: z.number().nullable(),
  /** resolved on time ÷ resolved; null when none was resolved. */
  onTimeRate: z.number().nullable(),
  open: z.number().int(),
  overdue: z.number().int(),
});
export type PetitionFigureRow = z.infer<typeof PetitionFigureRow>;

export const PetitionFigures = z.object({
  from: z.string(),
  to: z.string(),
  total: PetitionFigureRow,
  backlog: z.array(z.object({ bucket: z.enum(["0-10", "11-30", "31-60", "61+"]), count: z.number().int() })),
  byUnit: z.array(PetitionFigureRow),
  byKind: z.array(PetitionFigureRow),
});
export type PetitionFigures = z.infer<typeof PetitionFigures>;

/** Who a petition can be assigned to, urged towards or reported to, within its unit (for the pickers). */
export const PetitionPeople = z.object({
  agencies: z.array(z.object({ id: z.string(), name: z.string() })),
  handlers: z.array(
    z.object({ id: z.string(), fullName: z.string(), agencyId: z.string().nullable(), unitName: z.string() }),
  ),
  /** Leaders over the petition's unit: the head who directs it. */
  heads: z.array(z.object({ id: z.string(), fullName: z.string(), unitName: z.string() })),
});
export type PetitionPeople = z.infer<typeof PetitionPeople>;

/** Units a citizen may address online (administrative levels, not hamlets or residential groups). */
export const PublicPetitionUnit = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  parentId: z.string().nullable(),
});
export type PublicPetitionUnit = z.infer<typeof PublicPetitionUnit>;
