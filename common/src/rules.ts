import { z } from "zod";
import { IsoDate } from "./dates";
import { LIMITS } from "./limits";

const Days = z.number().int().min(0).max(3650);

export const RuleKind = z.enum(["deadline", "frequency", "threshold", "limit"]);
export type RuleKind = z.infer<typeof RuleKind>;

export const DeadlineRuleValue = z.object({
  amount: Days,
  basis: z.enum(["working_days", "calendar_days"]),
  /** The law states the longer limit for complex cases and remote areas (e.g. 30 → 45), not a delta. */
  variants: z
    .object({ complex: Days.optional(), remote: Days.optional(), remoteComplex: Days.optional() })
    .default({}),
  maxExtensions: z.number().int().min(0).max(10).default(0),
  extensionAmount: Days.optional(),
});
export type DeadlineRuleValue = z.infer<typeof DeadlineRuleValue>;

export const FrequencyRuleValue = z.object({
  count: z.number().int().min(1).max(31),
  per: z.enum(["week", "month"]),
});
export const ThresholdRuleValue = z.object({
  numerator: z.number().int().min(1),
  denominator: z.number().int().min(1),
  /** strict: more than the fraction (> 50%); otherwise at least (≥ 2/3). */
  strict: z.boolean(),
  base: z.enum(["all_households", "villages"]),
});
export const LimitRuleValue = z.object({ max: z.number().int().min(0).max(1000) });

export const RULE_VALUE_SCHEMAS = {
  deadline: DeadlineRuleValue,
  frequency: FrequencyRuleValue,
  threshold: ThresholdRuleValue,
  limit: LimitRuleValue,
} as const;

export const RuleVersion = z.object({
  id: z.string(),
  code: z.string(),
  kind: RuleKind,
  nameVi: z.string(),
  nameEn: z.string(),
  value: z.record(z.string(), z.unknown()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  sourceRef: z.string(),
  verified: z.boolean(),
  note: z.string().nullable(),
});
export type RuleVersion = z.infer<typeof RuleVersion>;

export const CreateRuleVersionInput = z.object({
  code: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .regex(/^[a-z0-9_.-]+$/, { message: "code.format" }),
  kind: RuleKind,
  nameVi: z.string().trim().min(1).max(LIMITS.name),
  nameEn: z.string().trim().min(1).max(LIMITS.name),
  value: z.record(z.string(), z.unknown()),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.nullable().optional(),
  sourceRef: z.string().trim().min(1).max(LIMITS.shortText),
  verified: z.boolean(),
  note: z.string().trim().max(LIMITS.longText).nullable().optional(),
});
export type CreateRuleVersionInput = z.infer<typeof CreateRuleVersionInput>;

export const HolidayKind = z.enum(["holiday", "compensatory", "extra_day_off", "working_day"]);
export type HolidayKind = z.infer<typeof HolidayKind>;

export const HolidayNoticeInput = z.object({
  year: z.number().int().min(1900).max(2100),
  reference: z.string().trim().min(1).max(LIMITS.shortText),
  title: z.string().trim().min(1).max(LIMITS.name),
  days: z
    .array(
      z.object({
        date: IsoDate,
        kind: z.enum(["extra_day_off", "working_day"]),
        name: z.string().trim().min(1).max(LIMITS.name),
        nameEn: z.string().trim().min(1).max(LIMITS.name),
      }),
    )
    .min(1)
    .max(60),
});
export type HolidayNoticeInput = z.infer<typeof HolidayNoticeInput>;

export const HolidayNotice = z.object({
  id: z.string(),
  year: z.number().int(),
  reference: z.string(),
  title: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
  days: z.array(z.object({ date: z.string(), kind: HolidayKind, name: z.string(), nameEn: z.string() })),
});
export type HolidayNotice = z.infer<typeof HolidayNotice>;
