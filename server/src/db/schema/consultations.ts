import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { staff, units } from "./directory";
import { tasks } from "./tasks";

/**
 * A matter put to the people (Luật THDCCS 10/2022): "dân biết" (information), "dân bàn" (discussion,
 * decision), "dân kiểm tra" (implementation, monitoring). The matter type picks the approval threshold.
 */
export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    matterType: text("matter_type").notNull(),
    voteBasis: text("vote_basis").notNull().default("household"),
    phase: text("phase").notNull(),
    /** [{ phase, startDate, endDate }], one per phase, in order. */
    phases: jsonb("phases").$type<{ phase: string; startDate: string; endDate: string | null }[]>().notNull(),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => staff.id),
    directorId: uuid("director_id")
      .notNull()
      .references(() => staff.id),
    isPublished: boolean("is_published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    votingOpen: boolean("voting_open").notNull().default(false),
    votingClosedAt: timestamp("voting_closed_at", { withTimezone: true }),
    /** Figures frozen at close: the decision record of Đ.20 (totals, present, absent, result). */
    result: jsonb("result"),
    recordDue: date("record_due"),
    recordSentAt: timestamp("record_sent_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("consultations_code_idx").on(t.code),
    index("consultations_unit_idx").on(t.unitId, t.createdAt),
    index("consultations_public_idx").on(t.isPublished, t.updatedAt),
  ],
);

/** The units (and, optionally, one block or hamlet of each) whose households are concerned. */
export const consultationAreas = pgTable(
  "consultation_areas",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    hamlet: text("hamlet"),
  },
  (t) => [index("consultation_areas_consultation_idx").on(t.consultationId)],
);

/** The household register of a unit: one row per household, by block or hamlet (thôn, tổ dân phố, khối). */
export const households = pgTable(
  "households",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    hamlet: text("hamlet").notNull(),
    code: text("code").notNull(),
    headName: text("head_name").notNull(),
    address: text("address").notNull(),
    /** Sealed (secrets.seal, purpose "household-phone"); the blind index finds it for verification. */
    phoneSealed: text("phone_sealed"),
    phoneIndex: text("phone_index"),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("households_unit_code_idx").on(t.unitId, t.code),
    index("households_unit_hamlet_idx").on(t.unitId, t.hamlet),
  ],
);

export const householdMembers = pgTable(
  "household_members",
  {
    id: uuid("id").primaryKey(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id),
    fullName: text("full_name").notNull(),
    birthYear: integer("birth_year"),
    relation: text("relation").notNull(),
    isHead: boolean("is_head").notNull().default(false),
  },
  (t) => [index("household_members_household_idx").on(t.householdId)],
);

/** One-time code (SMS through the outbox) or an officer's check that a resident may take part online. */
export const residentVerifications = pgTable(
  "resident_verifications",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id),
    memberId: uuid("member_id").references(() => householdMembers.id),
    method: text("method").notNull(),
    codeHash: text("code_hash"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: uuid("verified_by").references(() => staff.id),
    tokenHash: text("token_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("resident_verifications_household_idx").on(t.consultationId, t.householdId),
    uniqueIndex("resident_verifications_token_idx").on(t.tokenHash),
  ],
);

export const consultationOptions = pgTable(
  "consultation_options",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    description: text("description").notNull().default(""),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
  },
  (t) => [index("consultation_options_consultation_idx").on(t.consultationId, t.position)],
);

/** One vote per voter (household, or member when voting per person); a change replaces it until close. */
export const consultationVotes = pgTable(
  "consultation_votes",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    voterKey: text("voter_key").notNull(),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id),
    memberId: uuid("member_id").references(() => householdMembers.id),
    optionId: uuid("option_id")
      .notNull()
      .references(() => consultationOptions.id),
    channel: text("channel").notNull(),
    recordedBy: uuid("recorded_by").references(() => staff.id),
    changes: integer("changes").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("consultation_votes_voter_idx").on(t.consultationId, t.voterKey)],
);

export type VillageCount = {
  unitId: string;
  hamlet: string;
  ballotsCast: number;
  invalidBallots: number;
  counts: Record<string, number>;
};

/** A meeting's ballot count entered by an officer with the minutes (secret ballot or show of hands). */
export const consultationTallies = pgTable("consultation_tallies", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id),
  meetingId: uuid("meeting_id").references(() => consultationMeetings.id),
  ballotsCast: integer("ballots_cast").notNull(),
  invalidBallots: integer("invalid_ballots").notNull(),
  counts: jsonb("counts").$type<Record<string, number>>().notNull(),
  /** The same count split by village (unit and hamlet), when each village counted its own ballots. */
  villageCounts: jsonb("village_counts").$type<VillageCount[]>(),
  minutes: text("minutes").notNull(),
  fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
  recordedBy: uuid("recorded_by").references(() => staff.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A question must get an official answer; until then it is a task through the tasks module. */
export const consultationQuestions = pgTable(
  "consultation_questions",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    householdId: uuid("household_id").references(() => households.id),
    askerLabel: text("asker_label").notNull(),
    channel: text("channel").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => staff.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    taskId: uuid("task_id").references(() => tasks.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_questions_idx").on(t.consultationId, t.status, t.createdAt)],
);

/** Public opinions, shown only after a moderator approves them. */
export const consultationComments = pgTable(
  "consultation_comments",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull(),
    rejectReason: text("reject_reason"),
    moderatedBy: uuid("moderated_by").references(() => staff.id),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    reportCount: integer("report_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_comments_idx").on(t.consultationId, t.status, t.createdAt)],
);

/** One report per reporter (a keyed hash of the client address) and comment. */
export const consultationCommentReports = pgTable(
  "consultation_comment_reports",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => consultationComments.id),
    reporterHash: text("reporter_hash").notNull(),
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.reporterHash] })],
);

/** A dialogue meeting: agenda, households present, minutes, concerns raised and the answers given. */
export const consultationMeetings = pgTable(
  "consultation_meetings",
  {
    id: uuid("id").primaryKey(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    heldOn: date("held_on").notNull(),
    place: text("place").notNull(),
    chairName: text("chair_name").notNull(),
    agenda: jsonb("agenda").$type<string[]>().notNull(),
    attendeeHouseholdIds: jsonb("attendee_household_ids").$type<string[]>().notNull().default([]),
    minutes: text("minutes").notNull(),
    concerns: jsonb("concerns").$type<{ concern: string; answer: string }[]>().notNull().default([]),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consultation_meetings_idx").on(t.consultationId, t.heldOn)],
);

/** Site clearance, household by household: informed → opinion → agreed → compensation → graves moved. */
export const affectedHouseholds = pgTable(
  "affected_households",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    householdId: uuid("household_id")
      .notNull()
      .references(() => households.id),
    informed: boolean("informed").notNull().default(false),
    opinionGiven: boolean("opinion_given").notNull().default(false),
    agreed: boolean("agreed").notNull().default(false),
    compensationSubmitted: boolean("compensation_submitted").notNull().default(false),
    compensationReceived: boolean("compensation_received").notNull().default(false),
    gravesRelocated: boolean("graves_relocated").notNull().default(false),
    concern: text("concern"),
    updatedBy: uuid("updated_by").references(() => staff.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.householdId] })],
);

/** The consensus curve: agreed and tracked households per day, kept in the tracker's transaction. */
export const consensusDays = pgTable(
  "consensus_days",
  {
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id),
    day: date("day").notNull(),
    tracked: integer("tracked").notNull(),
    agreed: integer("agreed").notNull(),
  },
  (t) => [primaryKey({ columns: [t.consultationId, t.day] })],
);
