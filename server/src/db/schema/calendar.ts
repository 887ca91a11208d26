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

/** A yearly government notice on days off and make-up working days (e.g. the Tết schedule). */
export const holidayNotices = pgTable(
  "holiday_notices",
  {
    id: uuid("id").primaryKey(),
    year: integer("year").notNull(),
    reference: text("reference").notNull(),
    title: text("title").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("holiday_notices_year_idx").on(t.year)],
);

export const holidayOverrides = pgTable(
  "holiday_overrides",
  {
    id: uuid("id").primaryKey(),
    noticeId: uuid("notice_id")
      .notNull()
      .references(() => holidayNotices.id),
    date: date("date").notNull(),
    /** extra_day_off | working_day */
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en").notNull(),
  },
  (t) => [
    index("holiday_overrides_notice_idx").on(t.noticeId),
    index("holiday_overrides_date_idx").on(t.date),
  ],
);

/** Weekly rest days of a unit (some one-stop shops work on Saturday); inherited down the tree. */
export const unitWeekends = pgTable(
  "unit_weekends",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    weekend: jsonb("weekend").$type<number[]>().notNull(),
    effectiveFrom: date("effective_from").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("unit_weekends_unit_from_idx").on(t.unitId, t.effectiveFrom)],
);

/**
 * Statutory numbers as effective-dated data: the version in force on the event date applies.
 * `value` is validated by the zod schema of its `kind` (common/src/rules.ts).
 */
export const ruleVersions = pgTable(
  "rule_versions",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    kind: text("kind").notNull(),
    nameVi: text("name_vi").notNull(),
    nameEn: text("name_en").notNull(),
    value: jsonb("value").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    effectiveTo: date("effective_to"),
    sourceRef: text("source_ref").notNull(),
    verified: boolean("verified").notNull(),
    note: text("note"),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("rule_versions_code_idx").on(t.code, t.effectiveFrom),
    index("rule_versions_active_idx").on(t.code).where(sql`${t.effectiveTo} IS NULL`),
  ],
);
