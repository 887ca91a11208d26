import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staff, units } from "./directory";
import { petitions } from "./petitions";
import { tasks } from "./tasks";

/**
 * A published reception schedule (Luật TCD 2013 Đ.24): a leader's periodic days or the committee's
 * regular hours. Never rewritten: a change ends the schedule (valid_to) and starts a new one.
 */
export const receptionSchedules = pgTable(
  "reception_schedules",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind").notNull(),
    hostId: uuid("host_id").references(() => staff.id),
    hostRole: text("host_role"),
    title: text("title").notNull(),
    place: text("place").notNull(),
    recurrence: jsonb("recurrence").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    note: text("note"),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reception_schedules_unit_idx").on(t.unitId, t.validFrom),
    index("reception_schedules_host_idx").on(t.hostId),
  ],
);

/** A reception session held (or planned) on one day: periodic, regular, ad hoc or online. */
export const receptionSessions = pgTable(
  "reception_sessions",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    scheduleId: uuid("schedule_id").references(() => receptionSchedules.id),
    type: text("type").notNull(),
    status: text("status").notNull(),
    date: date("date").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    place: text("place").notNull(),
    hostId: uuid("host_id").references(() => staff.id),
    agencyIds: jsonb("agency_ids").$type<string[]>().notNull().default([]),
    reason: text("reason"),
    note: text("note"),
    cancelReason: text("cancel_reason"),
    heldAt: timestamp("held_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reception_sessions_code_idx").on(t.code),
    index("reception_sessions_unit_date_idx").on(t.unitId, t.date),
    index("reception_sessions_host_date_idx").on(t.hostId, t.date),
  ],
);

/**
 * One line of the reception book (sổ tiếp công dân). The visitor's identity lives in
 * reception_identities; the refusal columns are filled only when reception was refused (Luật TCD Đ.9).
 */
export const receptionEntries = pgTable(
  "reception_entries",
  {
    id: uuid("id").primaryKey(),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => receptionSessions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    /** Number in the unit's book for the year (STT). */
    seq: integer("seq").notNull(),
    date: date("date").notNull(),
    kind: text("kind").notNull(),
    peopleCount: integer("people_count").notNull(),
    isGroup: boolean("is_group").notNull(),
    representativeCount: integer("representative_count").notNull().default(0),
    appointmentFileId: text("appointment_file_id"),
    summary: text("summary").notNull(),
    request: text("request"),
    previouslyHandledBy: text("previously_handled_by"),
    withinCompetence: boolean("within_competence").notNull(),
    outcome: text("outcome").notNull(),
    guidanceBody: text("guidance_body"),
    guidanceDocNo: text("guidance_doc_no"),
    transferBody: text("transfer_body"),
    transferDocNo: text("transfer_doc_no"),
    refusalGround: text("refusal_ground"),
    refusalExplanation: text("refusal_explanation"),
    refusalNoticeNo: text("refusal_notice_no"),
    refusalNoticeDate: date("refusal_notice_date"),
    refusalNoticeFileId: text("refusal_notice_file_id"),
    refusalNoticeDue: date("refusal_notice_due"),
    /** Luật TCD 2013 Đ.28 k.1: the reply to the citizen is due within the rule in force (10 working days). */
    replyDue: date("reply_due"),
    followUp: text("follow_up"),
    note: text("note"),
    petitionId: uuid("petition_id").references(() => petitions.id),
    isConfidential: boolean("is_confidential").notNull().default(false),
    attachments: jsonb("attachments").$type<string[]>().notNull().default([]),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reception_entries_session_idx").on(t.sessionId, t.seq),
    index("reception_entries_unit_date_idx").on(t.unitId, t.date),
    index("reception_entries_petition_idx").on(t.petitionId),
  ],
);

/**
 * The visitor and the group's representatives. A denouncer's identity is sealed (AES-256-GCM,
 * platform/secrets) with the plain columns left null, as for petitions (Luật Tố cáo Đ.9 k.1b).
 */
export const receptionIdentities = pgTable(
  "reception_identities",
  {
    entryId: uuid("entry_id")
      .primaryKey()
      .references(() => receptionEntries.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    isSealed: boolean("is_sealed").notNull(),
    fullName: text("full_name"),
    personalId: text("personal_id"),
    address: text("address"),
    phone: text("phone"),
    representatives: jsonb("representatives"),
    sealed: text("sealed"),
    personKey: text("person_key"),
    nameKey: text("name_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reception_identities_person_idx").on(t.personKey),
    index("reception_identities_name_idx").on(t.nameKey),
    index("reception_identities_name_trgm_idx").using(
      "gin",
      sql`lower(f_unaccent(${t.fullName})) gin_trgm_ops`,
    ),
  ],
);

/** A "ba mặt một lời" record at a session, or a working session on long-standing petitions. */
export const receptionRecords = pgTable(
  "reception_records",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    sessionId: uuid("session_id").references(() => receptionSessions.id),
    entryId: uuid("entry_id").references(() => receptionEntries.id),
    petitionIds: jsonb("petition_ids").$type<string[]>().notNull().default([]),
    date: date("date").notNull(),
    place: text("place").notNull(),
    subject: text("subject").notNull(),
    facts: text("facts").notNull(),
    causes: text("causes"),
    responsibility: text("responsibility"),
    solution: text("solution").notNull(),
    attendees: jsonb("attendees").notNull(),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reception_records_unit_date_idx").on(t.unitId, t.date),
    index("reception_records_session_idx").on(t.sessionId),
    index("reception_records_petitions_idx").using("gin", t.petitionIds),
  ],
);

/** A conclusion of a record, carried out as a "5 rõ" task (source = reception). */
export const receptionConclusions = pgTable(
  "reception_conclusions",
  {
    id: uuid("id").primaryKey(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => receptionRecords.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    text: text("text").notNull(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reception_conclusions_record_idx").on(t.recordId),
    index("reception_conclusions_task_idx").on(t.taskId),
  ],
);
