import { z } from "zod";
import { PersonalId } from "./applicants";
import { IsoDate } from "./dates";
import { LIMITS } from "./limits";
import { PetitionKind } from "./petition-kinds";
import { VisitorPhone } from "./reception-kinds";

export * from "./reception-kinds";
export * from "./reception-messages";
export * from "./reception-outputs";

import {
  HolidayShift,
  HostRole,
  RECEPTION_LIMITS,
  ReceptionOutcome,
  ReceptionRecordKind,
  ReceptionScheduleKind,
  ReceptionSessionType,
  RefusalGround,
} from "./reception-kinds";

const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
const Uuid = z.string().uuid();
const FileId = z.string().regex(/^[0-9a-f]{64}$/);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const Time = z.string().regex(TIME, { message: "invalidFormat" });
/** Zod runs refinements even when a field failed: compare only two well-formed times. */
const endsBeforeStart = (start: string, end: string) => TIME.test(start) && TIME.test(end) && end <= start;

/** "Ngày 15 hằng tháng, gặp ngày nghỉ thì chuyển sang ngày làm việc tiếp theo", or fixed weekdays. */
export const Recurrence = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("monthly"),
    days: z.array(z.number().int().min(1).max(31)).min(1).max(4),
    shift: HolidayShift.default("next_working_day"),
  }),
  z.object({
    type: z.literal("weekly"),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(5),
    shift: HolidayShift.default("skip"),
  }),
]);
export type Recurrence = z.infer<typeof Recurrence>;

const ScheduleFields = {
  unitId: Uuid,
  kind: ReceptionScheduleKind,
  /** The leader who receives (kind "leader"); the committee's regular hours have none. */
  hostId: Uuid.nullable().default(null),
  /** The office the host holds, which sets the statutory minimum frequency. */
  hostRole: HostRole.nullable().default(null),
  title: Text(LIMITS.shortText, 3),
  place: Text(LIMITS.address, 3),
  recurrence: Recurrence,
  startTime: Time,
  endTime: Time,
  validFrom: IsoDate,
  validTo: IsoDate.nullable().default(null),
  note: Text(2000).nullable().default(null),
};

function checkSchedule(
  v: { kind: string; hostId: string | null; hostRole: string | null; startTime: string; endTime: string },
  ctx: z.RefinementCtx,
  extra: { validFrom?: string; validTo?: string | null },
) {
  if (v.kind === "leader" && !v.hostId) {
    ctx.addIssue({ code: "custom", path: ["hostId"], message: "required" });
  }
  if (v.kind === "leader" && !v.hostRole) {
    ctx.addIssue({ code: "custom", path: ["hostRole"], message: "required" });
  }
  if (endsBeforeStart(v.startTime, v.endTime)) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "receptionEndBeforeStart" });
  }
  if (extra.validFrom && extra.validTo && extra.validTo < extra.validFrom) {
    ctx.addIssue({ code: "custom", path: ["validTo"], message: "validToBeforeFrom" });
  }
}

export const CreateScheduleInput = z.object(ScheduleFields).superRefine((v, ctx) => checkSchedule(v, ctx, v));
export type CreateScheduleInput = z.infer<typeof CreateScheduleInput>;

/** Ends a schedule (a new leader, a new pattern): schedules are never rewritten, history stays. */
export const EndScheduleInput = z.object({ validTo: IsoDate, note: Text(2000).optional() });
export type EndScheduleInput = z.infer<typeof EndScheduleInput>;

export const ScheduleQuery = z.object({
  unitId: Uuid.optional(),
  from: IsoDate.optional(),
  days: z.coerce.number().int().min(1).max(RECEPTION_LIMITS.occurrenceDaysMax).default(60),
});
export type ScheduleQuery = z.infer<typeof ScheduleQuery>;

export const PublicScheduleQuery = z.object({
  unitId: Uuid,
  from: IsoDate.optional(),
  days: z.coerce.number().int().min(1).max(RECEPTION_LIMITS.occurrenceDaysMax).default(60),
});

export const CreateSessionInput = z
  .object({
    unitId: Uuid,
    type: ReceptionSessionType,
    scheduleId: Uuid.nullable().default(null),
    date: IsoDate,
    startTime: Time,
    endTime: Time,
    place: Text(LIMITS.address, 3),
    hostId: Uuid.nullable().default(null),
    agencyIds: z.array(Uuid).max(RECEPTION_LIMITS.agencies).default([]),
    /** Why an ad hoc session was called (Luật TCD Đ.18 k.3: heated, many people, several agencies). */
    reason: Text(2000).nullable().default(null),
    note: Text(2000).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (endsBeforeStart(v.startTime, v.endTime)) {
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "receptionEndBeforeStart" });
    }
    if ((v.type === "periodic" || v.type === "ad_hoc") && !v.hostId) {
      ctx.addIssue({ code: "custom", path: ["hostId"], message: "required" });
    }
    if (v.type === "ad_hoc" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
    }
  });
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;

export const SessionStateInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("hold"), note: Text(2000).optional() }),
  z.object({ action: z.literal("cancel"), reason: Text(2000, 3) }),
]);
export type SessionStateInput = z.infer<typeof SessionStateInput>;

export const SessionListQuery = z.object({
  unitId: Uuid.optional(),
  type: ReceptionSessionType.optional(),
  status: z.enum(["planned", "held", "cancelled", "any"]).default("any"),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  hostId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const VisitorInput = z.object({
  fullName: Text(LIMITS.name),
  personalId: PersonalId.nullable().optional(),
  address: Text(LIMITS.address),
  phone: VisitorPhone.nullable().optional(),
});
export type VisitorInput = z.infer<typeof VisitorInput>;

export const RepresentativeInput = z.object({
  fullName: Text(LIMITS.name),
  personalId: PersonalId.nullable().optional(),
  address: Text(LIMITS.address).nullable().optional(),
});

const BodyRef = z.object({ body: Text(LIMITS.name, 3), documentNo: Text(LIMITS.code).nullable().optional() });

export const RefusalInput = z.object({
  ground: RefusalGround,
  /** The officer must explain the reason to the citizen (Luật TCD 2013 Đ.9). */
  explanation: Text(2000, 5),
  noticeNo: Text(LIMITS.code).nullable().optional(),
  noticeDate: IsoDate.nullable().optional(),
  noticeFileId: FileId.nullable().optional(),
});
export type RefusalInput = z.infer<typeof RefusalInput>;

/** One line of the reception book (sổ tiếp công dân, NĐ 154/2026 Mẫu 03/TCD; TT 06/2014 Mẫu 06-TCD). */
export const CreateEntryInput = z
  .object({
    kind: PetitionKind,
    visitor: VisitorInput,
    peopleCount: z.number().int().min(1).max(RECEPTION_LIMITS.peopleMax).default(1),
    representatives: z.array(RepresentativeInput).max(RECEPTION_LIMITS.representativesMax).default([]),
    /** The written appointment of the representatives, signed by all (an upload). */
    appointmentFileId: FileId.nullable().default(null),
    summary: Text(RECEPTION_LIMITS.summary, 10),
    request: Text(RECEPTION_LIMITS.summary).nullable().default(null),
    previouslyHandledBy: Text(LIMITS.shortText).nullable().default(null),
    withinCompetence: z.boolean(),
    outcome: ReceptionOutcome,
    guidance: BodyRef.nullable().default(null),
    transfer: BodyRef.nullable().default(null),
    refusal: RefusalInput.nullable().default(null),
    followUp: Text(2000).nullable().default(null),
    note: Text(2000).nullable().default(null),
    attachments: z.array(FileId).max(RECEPTION_LIMITS.attachments).default([]),
  })
  .superRefine((v, ctx) => {
    const need = (path: "guidance" | "transfer" | "refusal", when: boolean) => {
      if (when && !v[path]) {
        ctx.addIssue({ code: "custom", path: [path], message: "required" });
      }
    };
    need("guidance", v.outcome === "guided");
    need("transfer", v.outcome === "transferred");
    need("refusal", v.outcome === "refused");
    if (v.outcome === "accepted" && !v.withinCompetence) {
      ctx.addIssue({ code: "custom", path: ["withinCompetence"], message: "receptionAcceptOutside" });
    }
  });
export type CreateEntryInput = z.infer<typeof CreateEntryInput>;

export const RefusalNoticeInput = z.object({
  noticeNo: Text(LIMITS.code),
  noticeDate: IsoDate,
  noticeFileId: FileId.nullable().default(null),
});
export type RefusalNoticeInput = z.infer<typeof RefusalNoticeInput>;

export const EntryFollowUpInput = z.object({ followUp: Text(2000) });

/** Turns a book entry into a petition through the petitions module's intake (channel "reception"). */
export const EntryPetitionInput = z.object({ content: Text(LIMITS.longText, 10).optional() });

const Attendee = z.object({
  side: z.enum(["citizen", "authority", "related", "other"]),
  name: Text(LIMITS.name),
  role: Text(LIMITS.shortText).nullable().default(null),
  present: z.boolean().default(true),
});

export const ConclusionInput = z.object({
  text: Text(2000, 5),
  /** The follow-up task under the "5 rõ": assignee, directing leader, deadline, product. */
  assigneeId: Uuid,
  directorId: Uuid,
  dueDate: IsoDate,
  deliverable: Text(LIMITS.shortText * 5, 3),
});
export type ConclusionInput = z.infer<typeof ConclusionInput>;

/** "Ba mặt một lời" (citizen, authority, related party) or a working session on a long-standing case. */
export const CreateRecordInput = z
  .object({
    kind: ReceptionRecordKind,
    unitId: Uuid,
    sessionId: Uuid.nullable().default(null),
    entryId: Uuid.nullable().default(null),
    petitionIds: z.array(Uuid).max(RECEPTION_LIMITS.petitionsPerRecord).default([]),
    date: IsoDate,
    place: Text(LIMITS.address, 3),
    subject: Text(RECEPTION_LIMITS.summary, 5),
    facts: Text(LIMITS.longText, 5),
    causes: Text(LIMITS.longText).nullable().default(null),
    responsibility: Text(LIMITS.longText).nullable().default(null),
    solution: Text(LIMITS.longText, 5),
    attendees: z.array(Attendee).min(2).max(RECEPTION_LIMITS.attendees),
    conclusions: z.array(ConclusionInput).max(RECEPTION_LIMITS.conclusions).default([]),
    fileIds: z.array(FileId).max(RECEPTION_LIMITS.attachments).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "tripartite") {
      if (!v.sessionId) {
        ctx.addIssue({ code: "custom", path: ["sessionId"], message: "required" });
      }
      for (const side of ["citizen", "authority", "related"] as const) {
        if (!v.attendees.some((a) => a.side === side)) {
          ctx.addIssue({ code: "custom", path: ["attendees"], message: "receptionTripartiteSides" });
          break;
        }
      }
    }
    if (v.kind === "working" && v.petitionIds.length === 0) {
      ctx.addIssue({ code: "custom", path: ["petitionIds"], message: "required" });
    }
  });
export type CreateRecordInput = z.infer<typeof CreateRecordInput>;

export const AddConclusionInput = ConclusionInput;

export const RecordListQuery = z.object({
  unitId: Uuid.optional(),
  kind: ReceptionRecordKind.optional(),
  sessionId: Uuid.optional(),
  petitionId: Uuid.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const ReceptionStatsQuery = z.object({
  unitId: Uuid.optional(),
  from: IsoDate,
  to: IsoDate,
  hostId: Uuid.optional(),
  kind: PetitionKind.optional(),
});
export type ReceptionStatsQuery = z.infer<typeof ReceptionStatsQuery>;

/** What the web forms send: defaults may be left out. */
export type CreateScheduleBody = z.input<typeof CreateScheduleInput>;
export type CreateSessionBody = z.input<typeof CreateSessionInput>;
export type CreateEntryBody = z.input<typeof CreateEntryInput>;
export type CreateRecordBody = z.input<typeof CreateRecordInput>;
export type RefusalNoticeBody = z.input<typeof RefusalNoticeInput>;
