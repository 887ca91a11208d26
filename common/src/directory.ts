import { z } from "zod";
import { IsoDate } from "./dates";
import { LIMITS } from "./limits";
import { Role } from "./roles";

export const UnitType = z.enum([
  "tinh",
  "thanh_pho",
  "huyen",
  "thi_xa",
  "xa",
  "phuong",
  "thi_tran",
  "dac_khu",
  "khoi",
  "xom",
  "thon",
  "to_dan_pho",
]);
export type UnitType = z.infer<typeof UnitType>;

export const UNIT_TYPE_LABELS: Record<UnitType, { vi: string; en: string }> = {
  tinh: { vi: "Tỉnh", en: "Province" },
  thanh_pho: { vi: "Thành phố", en: "City" },
  huyen: { vi: "Huyện", en: "District" },
  thi_xa: { vi: "Thị xã", en: "Town (district level)" },
  xa: { vi: "Xã", en: "Commune" },
  phuong: { vi: "Phường", en: "Ward" },
  thi_tran: { vi: "Thị trấn", en: "Township" },
  dac_khu: { vi: "Đặc khu", en: "Special zone" },
  khoi: { vi: "Khối", en: "Block" },
  xom: { vi: "Xóm", en: "Hamlet (xóm)" },
  thon: { vi: "Thôn", en: "Village (thôn)" },
  to_dan_pho: { vi: "Tổ dân phố", en: "Residential group" },
};

const Code = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.code)
  .regex(/^[A-Za-z0-9._-]+$/, { message: "code.format" });
const Name = z.string().trim().min(1).max(LIMITS.name);

export const UnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof UnitRef>;

export const Unit = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: UnitType,
  parentId: z.string().nullable(),
  depth: z.number().int(),
  isRemote: z.boolean(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  isActive: z.boolean(),
  successors: z.array(UnitRef),
  predecessors: z.array(UnitRef),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean(), retire: z.boolean() }),
});
export type Unit = z.infer<typeof Unit>;

export const UnitListQuery = z.object({
  includeHistory: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});

export const CreateUnitInput = z.object({
  code: Code,
  name: Name,
  type: UnitType,
  parentId: z.string().uuid().nullable(),
  isRemote: z.boolean().default(false),
  validFrom: IsoDate,
});
export type CreateUnitInput = z.infer<typeof CreateUnitInput>;

export const UpdateUnitInput = z.object({
  name: Name.optional(),
  isRemote: z.boolean().optional(),
  reason: z.string().max(LIMITS.shortText).optional(),
});
export type UpdateUnitInput = z.infer<typeof UpdateUnitInput>;

/** Retiring a unit (merger, abolition) keeps it as history and links the units that took it over. */
export const RetireUnitInput = z.object({
  validTo: IsoDate,
  successorIds: z.array(z.string().uuid()).max(20),
  reason: z.string().trim().min(1).max(LIMITS.shortText),
});
export type RetireUnitInput = z.infer<typeof RetireUnitInput>;

export const AgencyKind = z.enum(["office", "reception", "one_stop", "department", "inspectorate", "other"]);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const Agency = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  code: z.string(),
  name: z.string(),
  kind: AgencyKind,
  isActive: z.boolean(),
  abilities: z.object({ update: z.boolean() }),
});
export type Agency = z.infer<typeof Agency>;

export const CreateAgencyInput = z.object({
  unitId: z.string().uuid(),
  code: Code,
  name: Name,
  kind: AgencyKind,
});
export type CreateAgencyInput = z.infer<typeof CreateAgencyInput>;
export const UpdateAgencyInput = z.object({
  name: Name.optional(),
  kind: AgencyKind.optional(),
  isActive: z.boolean().optional(),
});
export type UpdateAgencyInput = z.infer<typeof UpdateAgencyInput>;

export const Position = z.object({ id: z.string(), agencyId: z.string(), name: z.string() });
export type Position = z.infer<typeof Position>;
export const CreatePositionInput = z.object({ agencyId: z.string().uuid(), name: Name });
export type CreatePositionInput = z.infer<typeof CreatePositionInput>;

export const GrantInput = z.object({ role: Role, unitId: z.string().uuid() });
export type GrantInput = z.infer<typeof GrantInput>;

export const Staff = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  agencyId: z.string().nullable(),
  agencyName: z.string().nullable(),
  positionId: z.string().nullable(),
  positionName: z.string().nullable(),
  isActive: z.boolean(),
  grants: z.array(
    z.object({ id: z.string(), role: Role, unitId: z.string(), unitName: z.string(), unitCode: z.string() }),
  ),
  abilities: z.object({ update: z.boolean(), grant: z.boolean() }),
});
export type Staff = z.infer<typeof Staff>;

const Username = z
  .string()
  .trim()
  .min(3)
  .max(LIMITS.username)
  .regex(/^[a-z0-9._-]+$/, { message: "username.format" });
const Email = z.string().trim().email().max(LIMITS.email);
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });

export const CreateStaffInput = z.object({
  username: Username,
  fullName: Name,
  email: Email.nullable().optional(),
  phone: Phone.nullable().optional(),
  unitId: z.string().uuid(),
  agencyId: z.string().uuid().nullable().optional(),
  positionId: z.string().uuid().nullable().optional(),
  password: z.string().min(LIMITS.passwordMin).max(LIMITS.passwordMax),
  grants: z.array(GrantInput).max(LIMITS.grantsPerStaff).default([]),
});
export type CreateStaffInput = z.infer<typeof CreateStaffInput>;

export const UpdateStaffInput = z.object({
  fullName: Name.optional(),
  email: Email.nullable().optional(),
  phone: Phone.nullable().optional(),
  agencyId: z.string().uuid().nullable().optional(),
  positionId: z.string().uuid().nullable().optional(),
  isActive: z.boolean().optional(),
});
export type UpdateStaffInput = z.infer<typeof UpdateStaffInput>;

export const StaffListQuery = z.object({
  q: z.string().max(LIMITS.search).optional(),
  unitId: z.string().uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
