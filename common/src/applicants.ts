import { z } from "zod";
import { IsoDate } from "./dates";
import { isValidPersonalId, normalizeTaxCode } from "./identity";
import { LIMITS } from "./limits";

export const ApplicantKind = z.enum(["person", "organisation"]);
export type ApplicantKind = z.infer<typeof ApplicantKind>;

export const PersonalId = z.string().trim().refine(isValidPersonalId, { message: "personalId.format" });
export const TaxCode = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const n = normalizeTaxCode(v);
    if (!n) {
      ctx.addIssue({ code: "custom", message: "taxCode.format" });
      return z.NEVER;
    }
    return n;
  });

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });

export const CreatePersonInput = z.object({
  fullName: z.string().trim().min(1).max(LIMITS.name),
  personalId: PersonalId.nullable().optional(),
  birthDate: IsoDate.nullable().optional(),
  phone: Phone.nullable().optional(),
  email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
  address: z.string().trim().max(LIMITS.address).nullable().optional(),
  unitId: z.string().uuid(),
});
export type CreatePersonInput = z.infer<typeof CreatePersonInput>;

export const CreateOrganisationInput = z.object({
  name: z.string().trim().min(1).max(LIMITS.name),
  taxCode: TaxCode,
  representative: z.string().trim().max(LIMITS.name).nullable().optional(),
  phone: Phone.nullable().optional(),
  email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
  address: z.string().trim().max(LIMITS.address).nullable().optional(),
  unitId: z.string().uuid(),
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationInput>;

export const Applicant = z.object({
  id: z.string(),
  kind: ApplicantKind,
  name: z.string(),
  /** Personal id or tax code; masked unless the caller may see it in full. */
  identifier: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
});
export type Applicant = z.infer<typeof Applicant>;

export const ApplicantListQuery = z.object({
  q: z.string().max(LIMITS.search).optional(),
  kind: ApplicantKind.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
