import { type Applicant, type ApplicantKind, maskIdentifier } from "@danvan/common";
import type { applicants } from "../../db/schema";

/** Identifiers leave masked: the full number is personal data (Decree 13/2023) and lists do not need it. */
export function presentApplicant(row: typeof applicants.$inferSelect, unitName: string): Applicant {
  return {
    id: row.id,
    kind: row.kind as ApplicantKind,
    name: row.name,
    identifier: maskIdentifier(row.kind === "person" ? row.personalId : row.taxCode),
    phone: row.phone,
    address: row.address,
    unitId: row.unitId,
    unitName,
    createdAt: row.createdAt.toISOString(),
  };
}
