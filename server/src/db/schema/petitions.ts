import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
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
import { ruleVersions } from "./calendar";
import { agencies, staff, units } from "./directory";
import { dossiers } from "./one-stop";

export type LocalizedText = { vi: string; en?: string };

/**
 * A petition (đơn thư). Deadlines are stored when their event happens — processing from receipt,
 * resolution from acceptance — with the rule version used, and are never recomputed afterwards.
 */
export const petitions = pgTable(
  "petitions",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    kind: text("kind").notNull(),
    round: integer("round").notNull().default(1),
    parentId: uuid("parent_id").references((): AnyPgColumn => petitions.id),
    splitFromId: uuid("split_from_id").references((): AnyPgColumn => petitions.id),
    transferredFromId: uuid("transferred_from_id").references((): AnyPgColumn => petitions.id),
    channel: text("channel").notNull(),
    sourceBody: text("source_body"),
    sourceDocumentNo: text("source_document_no"),
    receivedDate: date("received_date").notNull(),
    receivedBy: uuid("received_by").references(() => staff.id),
    summary: text("summary").notNull(),
    content: text("content").notNull(),
    status: text("status").notNull(),
    signerCount: integer("signer_count").notNull().default(1),
    isGroup: boolean("is_group").notNull().default(false),
    hasOriginalDocuments: boolean("has_original_documents").notNull().default(false),
    isAnonymous: boolean("is_anonymous").notNull().default(false),
    /** The petitioner's identity is sealed and need-to-know (denunciations, Luật Tố cáo Đ.9 k.1b). */
    isConfidential: boolean("is_confidential").notNull().default(false),
    classifiedAt: timestamp("classified_at", { withTimezone: true }),
    classifiedBy: uuid("classified_by").references(() => staff.id),
    eligible: boolean("eligible"),
    ineligibleReason: text("ineligible_reason"),
    withinCompetence: boolean("within_competence"),
    competentBody: text("competent_body"),
    isMultiContent: boolean("is_multi_content").notNull().default(false),
    /**
     * Feedback or a recommendation about an administrative procedure (set at classification): these
     * are the PAKN of TT 01/2018 Đ.13 k.8 (indicator 8), optionally tied to the dossier concerned.
     */
    concernsProcedure: boolean("concerns_procedure").notNull().default(false),
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    processDue: date("process_due").notNull(),
    processRuleId: uuid("process_rule_id").references(() => ruleVersions.id),
    /** How the deadline was computed, in each locale: `{ vi, en }` (rows written before hold `{ vi }` only). */
    processExplanation: jsonb("process_explanation").$type<LocalizedText>(),
    decision: text("decision"),
    decisionDate: date("decision_date"),
    decisionNo: text("decision_no"),
    decisionNote: text("decision_note"),
    decidedBy: uuid("decided_by").references(() => staff.id),
    decisionLate: boolean("decision_late"),
    lateReason: text("late_reason"),
    archiveGround: text("archive_ground"),
    targetUnitId: uuid("target_unit_id").references(() => units.id),
    targetAgencyId: uuid("target_agency_id").references(() => agencies.id),
    targetBodyName: text("target_body_name"),
    acceptedDate: date("accepted_date"),
    resolveDue: date("resolve_due"),
    resolveRuleId: uuid("resolve_rule_id").references(() => ruleVersions.id),
    resolveExplanation: jsonb("resolve_explanation").$type<LocalizedText>(),
    isComplex: boolean("is_complex").notNull().default(false),
    complexJustification: text("complex_justification"),
    /** The deadline running now (processing, then resolution); null once closed. Set at each event. */
    currentDue: date("current_due"),
    agencyId: uuid("agency_id").references(() => agencies.id),
    handlerId: uuid("handler_id").references(() => staff.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }),
    resolvedDate: date("resolved_date"),
    resolutionNo: text("resolution_no"),
    answer: text("answer"),
    answerPublished: boolean("answer_published").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Stored at resolution so figures never recompute it. */
    resolvedOnTime: boolean("resolved_on_time"),
    resolutionLateReason: text("resolution_late_reason"),
    withdrawnDate: date("withdrawn_date"),
    withdrawReason: text("withdraw_reason"),
    /** Keyed hash of the citizen's tracking PIN; the PIN itself is shown once and never stored. */
    pinHash: text("pin_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("petitions_code_idx").on(t.code),
    index("petitions_unit_status_idx").on(t.unitId, t.status, t.currentDue),
    index("petitions_unit_received_idx").on(t.unitId, t.receivedDate),
    // Columns a filing leaves empty: every lookup gives a value, so empty rows stay out of these indexes
    // (six index entries fewer per filing).
    index("petitions_unit_accepted_idx")
      .on(t.unitId, t.acceptedDate)
      .where(sql`${t.acceptedDate} IS NOT NULL`),
    index("petitions_handler_idx").on(t.handlerId, t.status).where(sql`${t.handlerId} IS NOT NULL`),
    index("petitions_agency_idx").on(t.agencyId, t.status).where(sql`${t.agencyId} IS NOT NULL`),
    index("petitions_parent_idx").on(t.parentId).where(sql`${t.parentId} IS NOT NULL`),
    index("petitions_split_idx").on(t.splitFromId).where(sql`${t.splitFromId} IS NOT NULL`),
    index("petitions_transferred_idx").on(t.transferredFromId).where(sql`${t.transferredFromId} IS NOT NULL`),
    index("petitions_procedure_pakn_idx")
      .on(t.unitId, t.resolveDue)
      .where(sql`${t.concernsProcedure} AND ${t.kind} IN ('feedback', 'recommendation')`),
    index("petitions_content_trgm_idx").using("gin", sql`lower(f_unaccent(${t.content})) gin_trgm_ops`),
    index("petitions_summary_trgm_idx").using("gin", sql`lower(f_unaccent(${t.summary})) gin_trgm_ops`),
  ],
);

/** The timeline: every step, who took it, notes and files. Never holds a sealed identity. */
export const petitionEvents = pgTable(
  "petition_events",
  {
    id: uuid("id").primaryKey(),
    petitionId: uuid("petition_id")
      .notNull()
      .references(() => petitions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    type: text("type").notNull(),
    actorId: uuid("actor_id").references(() => staff.id),
    note: text("note"),
    data: jsonb("data"),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("petition_events_petition_idx").on(t.petitionId, t.createdAt)],
);

/**
 * Who filed the petition. A confidential identity lives only in `sealed` (AES-256-GCM, platform/secrets)
 * and the plain columns stay null; the keyed hashes let duplicates be found without decrypting.
 */
export const petitionIdentities = pgTable(
  "petition_identities",
  {
    petitionId: uuid("petition_id")
      .primaryKey()
      .references(() => petitions.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    isSealed: boolean("is_sealed").notNull(),
    fullName: text("full_name"),
    personalId: text("personal_id"),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    sealed: text("sealed"),
    personKey: text("person_key"),
    nameKey: text("name_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("petition_identities_person_idx").on(t.personKey).where(sql`${t.personKey} IS NOT NULL`),
    index("petition_identities_name_idx").on(t.nameKey).where(sql`${t.nameKey} IS NOT NULL`),
    index("petition_identities_name_trgm_idx").using(
      "gin",
      sql`lower(f_unaccent(${t.fullName})) gin_trgm_ops`,
    ),
  ],
);
