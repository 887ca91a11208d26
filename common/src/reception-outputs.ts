import { z } from "zod";
import { PetitionKind } from "./petition-kinds";
import {
  HolidayShift,
  HostRole,
  ReceptionOutcome,
  ReceptionRecordKind,
  ReceptionScheduleKind,
  ReceptionSessionStatus,
  ReceptionSessionType,
  RefusalGround,
} from "./reception-kinds";

const PersonRef = z.object({ id: z.string(), fullName: z.string() });
const Named = z.object({ id: z.string(), name: z.string() });
const Counts = z.record(z.string(), z.number().int());

export const ReceptionSchedule = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: ReceptionScheduleKind,
  host: PersonRef.nullable(),
  hostRole: HostRole.nullable(),
  title: z.string(),
  place: z.string(),
  recurrence: z.union([
    z.object({ type: z.literal("monthly"), days: z.array(z.number()), shift: HolidayShift }),
    z.object({ type: z.literal("weekly"), weekdays: z.array(z.number()), shift: HolidayShift }),
  ]),
  startTime: z.string(),
  endTime: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  canEnd: z.boolean(),
});
export type ReceptionSchedule = z.infer<typeof ReceptionSchedule>;

/** One day on which citizens can come: from a schedule (shifted off a day off) or a planned session. */
export const ReceptionOccurrence = z.object({
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  place: z.string(),
  hostName: z.string().nullable(),
  hostRole: HostRole.nullable(),
  sessionType: ReceptionSessionType,
  scheduleId: z.string().nullable(),
  sessionId: z.string().nullable(),
  /** The nominal day, when a day off moved the reception to `date`. */
  shiftedFrom: z.string().nullable(),
});
export type ReceptionOccurrence = z.infer<typeof ReceptionOccurrence>;

/** A leader planned fewer reception days in a period than the rule in force requires. */
export const FrequencyWarning = z.object({
  hostId: z.string(),
  hostName: z.string(),
  hostRole: HostRole,
  period: z.string(),
  planned: z.number().int(),
  required: z.number().int(),
  per: z.enum(["week", "month"]),
  ruleCode: z.string(),
  sourceRef: z.string(),
  verified: z.boolean(),
});
export type FrequencyWarning = z.infer<typeof FrequencyWarning>;

export const ScheduleView = z.object({
  from: z.string(),
  to: z.string(),
  schedules: z.array(ReceptionSchedule),
  occurrences: z.array(ReceptionOccurrence),
  warnings: z.array(FrequencyWarning),
  /** Units whose head must receive citizens periodically but has no schedule in the period. */
  unscheduled: z.array(z.object({ unitId: z.string(), unitName: z.string(), hostRole: HostRole })),
});
export type ScheduleView = z.infer<typeof ScheduleView>;

export const PublicSchedule = z.object({
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  regular: z.array(
    z.object({ title: z.string(), place: z.string(), weekdays: z.array(z.number()), hours: z.string() }),
  ),
  occurrences: z.array(ReceptionOccurrence.omit({ scheduleId: true, sessionId: true })),
});
export type PublicSchedule = z.infer<typeof PublicSchedule>;

export const SessionAbilities = z.object({
  addEntry: z.boolean(),
  hold: z.boolean(),
  cancel: z.boolean(),
  record: z.boolean(),
});

export const ReceptionSession = z.object({
  id: z.string(),
  code: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  type: ReceptionSessionType,
  status: ReceptionSessionStatus,
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  host: PersonRef.nullable(),
  agencies: z.array(Named),
  scheduleId: z.string().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  entryCount: z.number().int(),
  peopleCount: z.number().int(),
  abilities: SessionAbilities,
});
export type ReceptionSession = z.infer<typeof ReceptionSession>;

const BodyRef = z.object({ body: z.string(), documentNo: z.string().nullable() });

export const EntryAbilities = z.object({
  createPetition: z.boolean(),
  refusalNotice: z.boolean(),
  followUp: z.boolean(),
  readIdentity: z.boolean(),
  record: z.boolean(),
});

export const ReceptionEntry = z.object({
  id: z.string(),
  seq: z.number().int(),
  sessionId: z.string(),
  unitId: z.string(),
  date: z.string(),
  kind: PetitionKind,
  /** A denouncer's identity is sealed: lists only say so. */
  visitor: z.object({ name: z.string(), identifier: z.string().nullable(), confidential: z.boolean() }),
  peopleCount: z.number().int(),
  isGroup: z.boolean(),
  representativeCount: z.number().int(),
  appointmentFileId: z.string().nullable(),
  summary: z.string(),
  request: z.string().nullable(),
  previouslyHandledBy: z.string().nullable(),
  withinCompetence: z.boolean(),
  outcome: ReceptionOutcome,
  guidance: BodyRef.nullable(),
  transfer: BodyRef.nullable(),
  refusal: z
    .object({
      ground: RefusalGround,
      explanation: z.string(),
      noticeNo: z.string().nullable(),
      noticeDate: z.string().nullable(),
      noticeFileId: z.string().nullable(),
      noticeDue: z.string().nullable(),
      noticeRequired: z.boolean(),
    })
    .nullable(),
  /** Luật TCD Đ.28 k.1: the reply to the citizen is due by this day (matters taken on or transferred). */
  replyDue: z.string().nullable(),
  isReplyOverdue: z.boolean(),
  followUp: z.string().nullable(),
  note: z.string().nullable(),
  petition: z.object({ id: z.string(), code: z.string() }).nullable(),
  attachments: z.array(z.string()),
  createdAt: z.string(),
  abilities: EntryAbilities,
});
export type ReceptionEntry = z.infer<typeof ReceptionEntry>;

export const VisitorIdentity = z.object({
  fullName: z.string(),
  personalId: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  representatives: z.array(
    z.object({ fullName: z.string(), personalId: z.string().nullable(), address: z.string().nullable() }),
  ),
});
export type VisitorIdentity = z.infer<typeof VisitorIdentity>;

export const ReceptionEntryDetail = ReceptionEntry.extend({ identity: VisitorIdentity.nullable() });
export type ReceptionEntryDetail = z.infer<typeof ReceptionEntryDetail>;

export const SessionDetail = ReceptionSession.extend({
  entries: z.array(ReceptionEntry),
  records: z.array(z.object({ id: z.string(), kind: ReceptionRecordKind, subject: z.string() })),
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const EntryPetitionResult = z.object({
  entry: ReceptionEntry,
  petition: z.object({ id: z.string(), code: z.string() }),
  /** The citizen's tracking PIN, shown once. */
  pin: z.string(),
});

export const Conclusion = z.object({
  id: z.string(),
  text: z.string(),
  task: z.object({
    id: z.string(),
    code: z.string(),
    status: z.string(),
    dueDate: z.string(),
    assigneeName: z.string(),
    isOverdue: z.boolean(),
  }),
});
export type Conclusion = z.infer<typeof Conclusion>;

export const ReceptionRecord = z.object({
  id: z.string(),
  kind: ReceptionRecordKind,
  unitId: z.string(),
  unitName: z.string(),
  sessionId: z.string().nullable(),
  entryId: z.string().nullable(),
  petitions: z.array(z.object({ id: z.string(), code: z.string() })),
  date: z.string(),
  place: z.string(),
  subject: z.string(),
  facts: z.string(),
  causes: z.string().nullable(),
  responsibility: z.string().nullable(),
  solution: z.string(),
  attendees: z.array(
    z.object({
      side: z.enum(["citizen", "authority", "related", "other"]),
      name: z.string(),
      role: z.string().nullable(),
      present: z.boolean(),
    }),
  ),
  fileIds: z.array(z.string()),
  conclusions: z.array(Conclusion),
  createdAt: z.string(),
  abilities: z.object({ addConclusion: z.boolean() }),
});
export type ReceptionRecord = z.infer<typeof ReceptionRecord>;

const Row = z.object({ sessions: z.number().int(), citizens: z.number().int(), entries: z.number().int() });

export const ReceptionStats = z.object({
  from: z.string(),
  to: z.string(),
  sessions: z.number().int(),
  sessionsByType: Counts,
  /** Citizens received: a group counts its size, not one. */
  citizens: z.number().int(),
  entries: z.number().int(),
  groupEntries: z.number().int(),
  byKind: Counts,
  byOutcome: Counts,
  petitionsCreated: z.number().int(),
  tripartiteRecords: z.number().int(),
  workingSessions: z.number().int(),
  conclusions: z.number().int(),
  conclusionsDone: z.number().int(),
  byHost: z.array(Row.extend({ hostId: z.string(), hostName: z.string() })),
  byUnit: z.array(Row.extend({ unitId: z.string(), unitName: z.string() })),
  byType: z.array(Row.extend({ type: ReceptionSessionType })),
});
export type ReceptionStats = z.infer<typeof ReceptionStats>;
export type EntryPetitionResult = z.infer<typeof EntryPetitionResult>;
