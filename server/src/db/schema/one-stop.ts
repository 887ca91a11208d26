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
import { agencies, applicants, staff, units } from "./directory";

export type ProcedureDocumentRow = {
  key: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
};
export type ProcedureStepRow = { name: string; agencyId: string | null; days: number };
export type ProcedureFeeRow = { label: string; amount: number };
export type DossierDocumentRow = {
  key: string;
  name: string;
  form: string;
  count: number;
  fileIds: string[];
};
export type MissingItemRow = { key: string | null; description: string };

/**
 * An administrative procedure of a unit's catalogue (TTHC). Steps and documents are kept as the
 * catalogue states them; a dossier copies what it needs when filed, so later edits never rewrite it.
 */
export const procedures = pgTable(
  "onestop_procedures",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    field: text("field").notNull(),
    level: text("level").notNull(),
    /** Working days from receipt to result; 0 means the result is given on the spot (NĐ 61 Đ.17 k.4). */
    processingDays: integer("processing_days").notNull(),
    fees: jsonb("fees").$type<ProcedureFeeRow[]>().notNull().default([]),
    documents: jsonb("documents").$type<ProcedureDocumentRow[]>().notNull(),
    onlineLevel: text("online_level").notNull(),
    steps: jsonb("steps").$type<ProcedureStepRow[]>().notNull(),
    resultDocument: text("result_document").notNull(),
    legalBasis: text("legal_basis"),
    /** Published on the portal (electronic) and posted at the counter: TT 01/2018 indicator 6. */
    isPublished: boolean("is_published").notNull().default(true),
    isPostedAtCounter: boolean("is_posted_at_counter").notNull().default(true),
    effectiveFrom: date("effective_from").notNull(),
    effectiveTo: date("effective_to"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("onestop_procedures_unit_code_idx").on(t.unitId, t.code),
    index("onestop_procedures_field_idx").on(t.field),
  ],
);

/**
 * A dossier (hồ sơ TTHC). The applicant is copied at filing (a person or a business, linked to the
 * applicants register when filed at the counter). Dates are Vietnam calendar days.
 */
export const dossiers = pgTable(
  "onestop_dossiers",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    procedureId: uuid("procedure_id")
      .notNull()
      .references(() => procedures.id),
    processingDays: integer("processing_days").notNull(),
    channel: text("channel").notNull(),
    status: text("status").notNull(),
    applicantId: uuid("applicant_id").references(() => applicants.id),
    applicantKind: text("applicant_kind").notNull(),
    applicantName: text("applicant_name").notNull(),
    applicantIdentifier: text("applicant_identifier"),
    applicantPhone: text("applicant_phone"),
    applicantEmail: text("applicant_email"),
    applicantAddress: text("applicant_address"),
    summary: text("summary"),
    documents: jsonb("documents").$type<DossierDocumentRow[]>().notNull().default([]),
    filedDate: date("filed_date").notNull(),
    filedBy: uuid("filed_by").references(() => staff.id),
    checkedBy: uuid("checked_by").references(() => staff.id),
    supplementCount: integer("supplement_count").notNull().default(0),
    supplementItems: jsonb("supplement_items").$type<MissingItemRow[]>(),
    supplementRequestedDate: date("supplement_requested_date"),
    refusalReason: text("refusal_reason"),
    refusedDate: date("refused_date"),
    receivedDate: date("received_date"),
    receivedBy: uuid("received_by").references(() => staff.id),
    /** The receipt that started the clock now (a return for supplement restarts it, NĐ 61 Đ.19 k.4). */
    clockStartDate: date("clock_start_date"),
    appointmentDate: date("appointment_date"),
    originalAppointmentDate: date("original_appointment_date"),
    appointmentExplanation: text("appointment_explanation"),
    round: integer("round").notNull().default(1),
    currentStepNo: integer("current_step_no"),
    handlerId: uuid("handler_id").references(() => staff.id),
    processingReturnCount: integer("processing_return_count").notNull().default(0),
    processingReturnItems: jsonb("processing_return_items").$type<MissingItemRow[]>(),
    processingReturnDate: date("processing_return_date"),
    reappointmentCount: integer("reappointment_count").notNull().default(0),
    apologyDate: date("apology_date"),
    apologyReason: text("apology_reason"),
    apologyBy: uuid("apology_by").references(() => staff.id),
    decision: text("decision"),
    resultNo: text("result_no"),
    decisionReason: text("decision_reason"),
    approvedBy: uuid("approved_by").references(() => staff.id),
    resultReadyDate: date("result_ready_date"),
    /** early / on_time / late against the appointment in force, stored when the result is ready. */
    timeliness: text("timeliness"),
    returnedDate: date("returned_date"),
    withdrawnDate: date("withdrawn_date"),
    withdrawReason: text("withdraw_reason"),
    /** A verified complaint about staff conduct on this dossier (TT 01/2018 indicator 7). */
    conductComplaint: boolean("conduct_complaint").notNull().default(false),
    pinHash: text("pin_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("onestop_dossiers_code_idx").on(t.code),
    index("onestop_dossiers_unit_status_idx").on(t.unitId, t.status, t.appointmentDate),
    index("onestop_dossiers_handler_idx").on(t.handlerId, t.status),
    index("onestop_dossiers_procedure_idx").on(t.procedureId),
    index("onestop_dossiers_applicant_idx").on(t.applicantId),
    index("onestop_dossiers_unit_filed_idx").on(t.unitId, t.filedDate),
  ],
);

/** One processing step of one round of a dossier, copied from the catalogue when processing starts. */
export const dossierSteps = pgTable(
  "onestop_dossier_steps",
  {
    id: uuid("id").primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    round: integer("round").notNull(),
    stepNo: integer("step_no").notNull(),
    name: text("name").notNull(),
    agencyId: uuid("agency_id").references(() => agencies.id),
    budgetDays: integer("budget_days").notNull(),
    status: text("status").notNull(),
    handlerId: uuid("handler_id").references(() => staff.id),
    startedDate: date("started_date"),
    dueDate: date("due_date"),
    completedDate: date("completed_date"),
    completedBy: uuid("completed_by").references(() => staff.id),
    timeliness: text("timeliness"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("onestop_dossier_steps_step_idx").on(t.dossierId, t.round, t.stepNo),
    index("onestop_dossier_steps_active_idx").on(t.status, t.dueDate),
    index("onestop_dossier_steps_handler_idx").on(t.handlerId, t.status),
  ],
);

/** The dossier's timeline: every transition, who took it, notes and files. Internal: never public. */
export const dossierEvents = pgTable(
  "onestop_dossier_events",
  {
    id: uuid("id").primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
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
  (t) => [
    index("onestop_dossier_events_dossier_idx").on(t.dossierId, t.createdAt),
    index("onestop_dossier_events_type_idx").on(t.type, t.dossierId),
  ],
);

/** TT 01/2018 Đ.13 points of one closed dossier (null: no data for that indicator). */
export const dossierScores = pgTable(
  "onestop_dossier_scores",
  {
    dossierId: uuid("dossier_id")
      .primaryKey()
      .references(() => dossiers.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    points: jsonb("points").$type<Record<string, number | null>>().notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // dossier_id last: the drill-down pages a unit's quarter in id order without scanning past other units.
  (t) => [index("onestop_dossier_scores_unit_period_idx").on(t.unitId, t.period, t.dossierId)],
);

/** Running sums per unit, quarter and indicator, kept in the transaction that scores a dossier. */
export const unitScoreRollups = pgTable(
  "onestop_unit_score_rollups",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    indicator: integer("indicator").notNull(),
    pointsSum: integer("points_sum").notNull().default(0),
    dossierCount: integer("dossier_count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.period, t.indicator] })],
);

/**
 * Running sums per official of a unit's quarter, kept with the unit's: each dossier adds its indicators
 * 1, 2, 3, 4 and 7 once to every official who received it or completed a step of its last round.
 */
export const officialScoreRollups = pgTable(
  "onestop_official_score_rollups",
  {
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    indicator: integer("indicator").notNull(),
    pointsSum: integer("points_sum").notNull().default(0),
    dossierCount: integer("dossier_count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.period, t.staffId, t.indicator] })],
);
