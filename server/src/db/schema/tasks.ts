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

/** A task under the "5 rõ" rule; `is_public_promise` puts it on the public promises page. */
export const tasks = pgTable(
  "tasks",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => staff.id),
    directorId: uuid("director_id")
      .notNull()
      .references(() => staff.id),
    createdBy: uuid("created_by").references(() => staff.id),
    dueDate: date("due_date").notNull(),
    originalDueDate: date("original_due_date").notNull(),
    dueExplanation: text("due_explanation"),
    deliverable: text("deliverable").notNull(),
    authority: text("authority"),
    coordinatingUnitIds: jsonb("coordinating_unit_ids").$type<string[]>().notNull().default([]),
    sourceType: text("source_type").notNull(),
    sourceId: text("source_id"),
    sourceLabel: text("source_label"),
    status: text("status").notNull(),
    progress: integer("progress").notNull().default(0),
    extensionCount: integer("extension_count").notNull().default(0),
    returnCount: integer("return_count").notNull().default(0),
    isPublicPromise: boolean("is_public_promise").notNull().default(false),
    publicTitle: text("public_title"),
    publicSummary: text("public_summary"),
    evidenceSummary: text("evidence_summary"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** Stored at completion so scorecards never recompute history. */
    completedOnTime: boolean("completed_on_time"),
    cancelReason: text("cancel_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tasks_code_idx").on(t.code),
    index("tasks_unit_status_idx").on(t.unitId, t.status, t.dueDate),
    index("tasks_assignee_idx").on(t.assigneeId, t.status, t.dueDate),
    index("tasks_director_idx").on(t.directorId, t.status, t.dueDate),
    index("tasks_source_idx").on(t.sourceType, t.sourceId),
    index("tasks_public_idx").on(t.isPublicPromise, t.unitId),
  ],
);

export const taskEvents = pgTable(
  "task_events",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    type: text("type").notNull(),
    actorId: uuid("actor_id").references(() => staff.id),
    note: text("note"),
    data: jsonb("data"),
    fileIds: jsonb("file_ids").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_events_task_idx").on(t.taskId, t.createdAt)],
);

export const taskExtensions = pgTable(
  "task_extensions",
  {
    id: uuid("id").primaryKey(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    requestedBy: uuid("requested_by").references(() => staff.id),
    newDueDate: date("new_due_date").notNull(),
    reason: text("reason").notNull(),
    status: text("status").notNull().default("pending"),
    decidedBy: uuid("decided_by").references(() => staff.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decisionNote: text("decision_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("task_extensions_task_idx").on(t.taskId)],
);

/** One row per reminder or escalation sent for a due date: the unique key makes each fire once. */
export const taskAlerts = pgTable(
  "task_alerts",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => tasks.id),
    kind: text("kind").notNull(),
    dueDate: date("due_date").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("task_alerts_once_idx").on(t.taskId, t.kind, t.dueDate)],
);

/** Content-addressed uploads (sha256); bytes live in the file store, not in the database. */
export const files = pgTable("files", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  mime: text("mime").notNull(),
  size: integer("size").notNull(),
  uploadedBy: uuid("uploaded_by").references(() => staff.id),
  unitId: uuid("unit_id").references(() => units.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Per-unit, per-year counters for human-readable codes without gaps under concurrency. */
export const codeSequences = pgTable("code_sequences", {
  key: text("key").primaryKey(),
  value: integer("value").notNull(),
});
