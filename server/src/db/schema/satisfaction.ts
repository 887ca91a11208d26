import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { agencies, staff, units } from "./directory";

/**
 * A finished interaction a citizen may rate, registered by the module that finished it; the token is
 * derived from the id with the server key, so slips can print it again; only its hash is stored.
 */
export const ratingInteractions = pgTable(
  "rating_interactions",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    refId: uuid("ref_id").notNull(),
    label: text("label").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    officerId: uuid("officer_id").references(() => staff.id),
    agencyId: uuid("agency_id").references(() => agencies.id),
    procedureId: uuid("procedure_id"),
    procedureName: text("procedure_name"),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ratedAt: timestamp("rated_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("rating_interactions_ref_uq").on(t.kind, t.refId),
    uniqueIndex("rating_interactions_token_uq").on(t.tokenHash),
    index("rating_interactions_unit_idx").on(t.unitId, t.finishedAt),
  ],
);

/** One rating per interaction (the unique index); edits inside the window bump `version`. */
export const ratings = pgTable(
  "ratings",
  {
    id: uuid("id").primaryKey(),
    interactionId: uuid("interaction_id")
      .notNull()
      .references(() => ratingInteractions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    officerId: uuid("officer_id").references(() => staff.id),
    agencyId: uuid("agency_id").references(() => agencies.id),
    procedureId: uuid("procedure_id"),
    procedureName: text("procedure_name"),
    kind: text("kind").notNull(),
    channel: text("channel").notNull(),
    kioskId: uuid("kiosk_id"),
    /** The officer who transcribed a paper form; null when the citizen rated themselves. */
    enteredBy: uuid("entered_by").references(() => staff.id),
    level: text("level").notNull(),
    aspects: jsonb("aspects").$type<Record<string, string>>().notNull().default({}),
    answers: jsonb("answers").$type<Record<string, number>>().notNull().default({}),
    questionnaireId: uuid("questionnaire_id"),
    comment: text("comment"),
    version: integer("version").notNull().default(1),
    /** The day in Asia/Ho_Chi_Minh, the period key of every index. */
    ratedDate: date("rated_date").notNull(),
    ratedAt: timestamp("rated_at", { withTimezone: true }).notNull(),
    editableUntil: timestamp("editable_until", { withTimezone: true }).notNull(),
    followUpStatus: text("follow_up_status").notNull().default("none"),
    followUpTaskId: uuid("follow_up_task_id"),
    followUpAnswer: text("follow_up_answer"),
    followUpAnsweredBy: uuid("follow_up_answered_by").references(() => staff.id),
    followUpAnsweredAt: timestamp("follow_up_answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("ratings_interaction_uq").on(t.interactionId),
    index("ratings_unit_date_idx").on(t.unitId, t.ratedDate),
    index("ratings_officer_idx").on(t.officerId, t.ratedDate),
    index("ratings_follow_up_idx").on(t.unitId, t.followUpStatus),
  ],
);

/** Every version of a rating as the citizen sent it, the first included. */
export const ratingVersions = pgTable(
  "rating_versions",
  {
    id: uuid("id").primaryKey(),
    ratingId: uuid("rating_id")
      .notNull()
      .references(() => ratings.id),
    version: integer("version").notNull(),
    level: text("level").notNull(),
    aspects: jsonb("aspects").$type<Record<string, string>>().notNull(),
    answers: jsonb("answers").$type<Record<string, number>>().notNull(),
    comment: text("comment"),
    channel: text("channel").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rating_versions_uq").on(t.ratingId, t.version)],
);

/** A unit's SIPAS-style questionnaire; a new version replaces the form for new ratings only. */
export const ratingQuestionnaires = pgTable(
  "rating_questionnaires",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    version: integer("version").notNull(),
    questions: jsonb("questions").$type<unknown[]>().notNull(),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("rating_questionnaires_uq").on(t.unitId, t.version)],
);

/** A rating tablet bound to one counter; it proves itself with a key whose hash only is kept. */
export const ratingKiosks = pgTable(
  "rating_kiosks",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    label: text("label").notNull(),
    keyHash: text("key_hash").notNull(),
    currentInteractionId: uuid("current_interaction_id").references(() => ratingInteractions.id),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    sentBy: uuid("sent_by").references(() => staff.id),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    isActive: boolean("is_active").notNull().default(true),
  },
  (t) => [index("rating_kiosks_unit_idx").on(t.unitId)],
);

/** Effective-dated rating rules; values not verified in law ship with `verified = false` (M). */
export const ratingRuleSets = pgTable("rating_rule_sets", {
  id: uuid("id").primaryKey(),
  effectiveFrom: date("effective_from").notNull(),
  editWindowHours: integer("edit_window_hours").notNull(),
  tokenValidDays: integer("token_valid_days").notNull(),
  lowScoreMax: integer("low_score_max").notNull(),
  levelScores: jsonb("level_scores").$type<Record<string, number>>().notNull(),
  group766Max: integer("group_766_max").notNull(),
  sourceRef: text("source_ref").notNull(),
  verified: boolean("verified").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rating counts per day and per month, per unit and value of one dimension (`unit` rows count the unit
 * itself); written in the transaction of every rating write, read by the indices instead of `ratings`.
 * The reads go through `satisfaction_rollup_read_idx` (dim, grain, unit_id, period) INCLUDE (the rest),
 * created by hand in migration 0017: Drizzle cannot declare INCLUDE columns.
 */
export const satisfactionRollup = pgTable(
  "satisfaction_rollup",
  {
    dim: text("dim").notNull(),
    grain: text("grain").notNull(),
    /** The day, or the first day of the month. */
    period: date("period").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    /** Officer or agency id, procedure id or name, channel, kind; null for `unit` and for unknown values. */
    key: text("key"),
    label: text("label"),
    n: integer("n").notNull(),
    verySatisfied: integer("very_satisfied").notNull(),
    satisfied: integer("satisfied").notNull(),
    dissatisfied: integer("dissatisfied").notNull(),
    withComment: integer("with_comment").notNull(),
    openFollowUps: integer("open_follow_ups").notNull(),
  },
  (t) => [unique("satisfaction_rollup_uq").on(t.dim, t.grain, t.period, t.unitId, t.key).nullsNotDistinct()],
);
