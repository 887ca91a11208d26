import { z } from "zod";
import { ConsultationPhase, MatterType, VoteBasis } from "./consultations";
import { ConsultationResult } from "./consultations-results";
import { PublicPromise } from "./tasks";

export const ConsultationFile = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number(),
});
export const ConsultationPhaseDates = z.object({
  phase: ConsultationPhase,
  startDate: z.string(),
  endDate: z.string().nullable(),
});
export const ConsultationAreaView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  hamlet: z.string().nullable(),
});

export const ConsultationOption = z.object({
  id: z.string(),
  position: z.number().int(),
  label: z.string(),
  description: z.string(),
  files: z.array(ConsultationFile),
});

export const ConsultationSummary = z.object({
  id: z.string(),
  code: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  phase: ConsultationPhase,
  matterType: MatterType,
  isPublished: z.boolean(),
  votingOpen: z.boolean(),
  unansweredQuestions: z.number().int(),
  updatedAt: z.string(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummary>;

export const Consensus = z.object({
  tracked: z.number().int(),
  agreed: z.number().int(),
  percent: z.number(),
  history: z.array(
    z.object({ day: z.string(), tracked: z.number().int(), agreed: z.number().int(), percent: z.number() }),
  ),
});
export type Consensus = z.infer<typeof Consensus>;

export const ConsultationAbilities = z.object({
  edit: z.boolean(),
  manageVoting: z.boolean(),
  moderate: z.boolean(),
  answer: z.boolean(),
  commit: z.boolean(),
});

export const ConsultationDetail = ConsultationSummary.extend({
  summary: z.string(),
  voteBasis: VoteBasis,
  phases: z.array(ConsultationPhaseDates),
  areas: z.array(ConsultationAreaView),
  files: z.array(ConsultationFile),
  owner: z.object({ id: z.string(), fullName: z.string() }),
  director: z.object({ id: z.string(), fullName: z.string() }),
  options: z.array(ConsultationOption),
  result: ConsultationResult,
  recordDue: z.string().nullable(),
  recordSentAt: z.string().nullable(),
  /** The record was not sent to the commune by the rule's date (Luật THDCCS 2022 Đ.20). */
  recordOverdue: z.boolean(),
  publishedAt: z.string().nullable(),
  counts: z.object({
    questions: z.number().int(),
    pendingComments: z.number().int(),
    reportedComments: z.number().int(),
    meetings: z.number().int(),
  }),
  consensus: Consensus,
  commitments: z.array(PublicPromise),
  abilities: ConsultationAbilities,
});
export type ConsultationDetail = z.infer<typeof ConsultationDetail>;

export const HouseholdView = z.object({
  id: z.string(),
  unitId: z.string(),
  hamlet: z.string(),
  code: z.string(),
  headName: z.string(),
  address: z.string(),
  /** Only the last three digits leave the server. */
  phoneMasked: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.string(),
      fullName: z.string(),
      relation: z.string(),
      birthYear: z.number().int().nullable(),
      isHead: z.boolean(),
    }),
  ),
});
export type HouseholdView = z.infer<typeof HouseholdView>;

/** A household of the consultation's areas, with its unit and when it was last verified for this consultation. */
export const ConcernedHousehold = HouseholdView.extend({
  unitName: z.string(),
  verifiedAt: z.string().nullable(),
});
export type ConcernedHousehold = z.infer<typeof ConcernedHousehold>;

export const HouseholdImportReport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  total: z.number().int(),
});

export const QuestionView = z.object({
  id: z.string(),
  askerLabel: z.string(),
  channel: z.enum(["online", "meeting", "officer"]),
  body: z.string(),
  status: z.enum(["open", "answered"]),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  taskId: z.string().nullable(),
  createdAt: z.string(),
});
export type QuestionView = z.infer<typeof QuestionView>;

export const CommentView = z.object({
  id: z.string(),
  authorName: z.string(),
  body: z.string(),
  status: z.enum(["pending", "approved", "rejected"]),
  rejectReason: z.string().nullable(),
  reportCount: z.number().int(),
  createdAt: z.string(),
});

export const MeetingView = z.object({
  id: z.string(),
  heldOn: z.string(),
  place: z.string(),
  chairName: z.string(),
  agenda: z.array(z.string()),
  householdsPresent: z.number().int(),
  totalHouseholds: z.number().int(),
  minutes: z.string(),
  concerns: z.array(z.object({ concern: z.string(), answer: z.string() })),
  files: z.array(ConsultationFile),
});

export const TrackerRow = z.object({
  householdId: z.string(),
  householdCode: z.string(),
  headName: z.string(),
  hamlet: z.string(),
  informed: z.boolean(),
  opinionGiven: z.boolean(),
  agreed: z.boolean(),
  compensationSubmitted: z.boolean(),
  compensationReceived: z.boolean(),
  gravesRelocated: z.boolean(),
  concern: z.string().nullable(),
  updatedAt: z.string(),
});
export const TrackerView = z.object({ rows: z.array(TrackerRow), consensus: Consensus });

export const VoterToken = z.object({ token: z.string(), expiresAt: z.string() });
export const VoteReceipt = z.object({ optionId: z.string(), changed: z.boolean(), castAt: z.string() });

/** The citizen's view: no household, person or staff data leaves. */
export const PublicConsultation = z.object({
  id: z.string(),
  code: z.string(),
  unitName: z.string(),
  title: z.string(),
  summary: z.string(),
  phase: ConsultationPhase,
  phases: z.array(ConsultationPhaseDates),
  matterType: MatterType,
  voteBasis: VoteBasis,
  votingOpen: z.boolean(),
  areas: z.array(z.object({ unitName: z.string(), hamlet: z.string().nullable() })),
  files: z.array(ConsultationFile),
  options: z.array(ConsultationOption),
  results: ConsultationResult,
  questions: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      answer: z.string().nullable(),
      answeredAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  unansweredQuestions: z.number().int(),
  comments: z.array(
    z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: z.string() }),
  ),
  meetings: z.array(MeetingView.omit({ chairName: true, minutes: true })),
  consensus: Consensus,
  commitments: z.array(PublicPromise),
  updatedAt: z.string(),
});
export type PublicConsultation = z.infer<typeof PublicConsultation>;

export const PublicConsultationSummary = ConsultationSummary.omit({ isPublished: true, unitId: true });
