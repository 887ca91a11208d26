import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** Administrative units of any depth; a unit is never deleted, it is retired with successors. */
export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => units.id),
    /** "/<root id>/…/<own id>/": a grant on a unit covers every row whose unit path starts with it. */
    path: text("path").notNull(),
    depth: integer("depth").notNull(),
    isRemote: boolean("is_remote").notNull().default(false),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("units_path_idx").using("btree", t.path.op("text_pattern_ops")),
    index("units_parent_idx").on(t.parentId),
    uniqueIndex("units_code_valid_idx").on(t.code, t.validFrom),
  ],
);

/** Which units took over a retired one (the 2025 merger); statistics of the old roll up to the new. */
export const unitSuccessions = pgTable(
  "unit_successions",
  {
    fromUnitId: uuid("from_unit_id")
      .notNull()
      .references(() => units.id),
    toUnitId: uuid("to_unit_id")
      .notNull()
      .references(() => units.id),
    effectiveDate: date("effective_date").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fromUnitId, t.toUnitId] }),
    index("unit_successions_to_idx").on(t.toUnitId),
  ],
);

export const agencies = pgTable(
  "agencies",
  {
    id: uuid("id").primaryKey(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agencies_unit_code_idx").on(t.unitId, t.code)],
);

export const positions = pgTable("positions", {
  id: uuid("id").primaryKey(),
  agencyId: uuid("agency_id")
    .notNull()
    .references(() => agencies.id),
  name: text("name").notNull(),
});

export const staff = pgTable(
  "staff",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    fullName: text("full_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    agencyId: uuid("agency_id").references(() => agencies.id),
    positionId: uuid("position_id").references(() => positions.id),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").notNull().default("vi"),
    isActive: boolean("is_active").notNull().default(true),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("staff_username_idx").on(t.username),
    index("staff_unit_idx").on(t.unitId),
    index("staff_name_trgm_idx").using("gin", sql`lower(f_unaccent(${t.fullName})) gin_trgm_ops`),
  ],
);

export const roleGrants = pgTable(
  "role_grants",
  {
    id: uuid("id").primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staff.id),
    role: text("role").notNull(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("role_grants_unique_idx").on(t.staffId, t.role, t.unitId)],
);

/** Citizens and businesses who file petitions and dossiers. */
export const applicants = pgTable(
  "applicants",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    personalId: text("personal_id"),
    taxCode: text("tax_code"),
    birthDate: date("birth_date"),
    representative: text("representative"),
    phone: text("phone"),
    email: text("email"),
    address: text("address"),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    createdBy: uuid("created_by").references(() => staff.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("applicants_unit_idx").on(t.unitId),
    index("applicants_name_trgm_idx").using("gin", sql`lower(f_unaccent(${t.name})) gin_trgm_ops`),
    uniqueIndex("applicants_personal_id_idx").on(t.personalId),
    uniqueIndex("applicants_tax_code_idx").on(t.taxCode),
  ],
);
