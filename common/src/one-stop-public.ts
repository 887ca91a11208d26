import { z } from "zod";
import { PersonalId, TaxCode } from "./applicants";
import { LIMITS } from "./limits";
import { keyOrItem, MissingItemPlace, SubmittedDocumentInput } from "./one-stop-dossier-inputs";
import { DocKey, FileId, Note, Phone, Reason, Text, Uuid } from "./one-stop-fields";
import { ONESTOP_LIMITS } from "./one-stop-states";

export const OnlineApplicantInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("person"),
    name: Text(LIMITS.name),
    personalId: PersonalId,
    phone: Phone,
    email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
    address: Text(LIMITS.address),
  }),
  z.object({
    kind: z.literal("organisation"),
    name: Text(LIMITS.name),
    taxCode: TaxCode,
    phone: Phone,
    email: z.string().trim().email().max(LIMITS.email).nullable().optional(),
    address: Text(LIMITS.address),
  }),
]);
export type OnlineApplicantInput = z.infer<typeof OnlineApplicantInput>;

/** A file uploaded through the portal (`POST /dossiers/files`); the token proves it and expires. */
export const PublicDossierFile = z.object({ id: FileId, token: z.string().min(1).max(200) });
export type PublicDossierFile = z.infer<typeof PublicDossierFile>;
/** A document declared online, with the scans uploaded for it. */
export const PublicSubmittedDocument = SubmittedDocumentInput.omit({ fileIds: true }).extend({
  files: z.array(PublicDossierFile).max(ONESTOP_LIMITS.filesPerDocument).default([]),
});
export type PublicSubmittedDocument = z.infer<typeof PublicSubmittedDocument>;
const PublicDocuments = z.array(PublicSubmittedDocument).max(ONESTOP_LIMITS.documents);

/** Online filing from the portal: no account; the documents are declared, with their scans. */
export const PublicDossierInput = z.object({
  procedureId: Uuid,
  applicant: OnlineApplicantInput,
  summary: Text(ONESTOP_LIMITS.summary).nullable().optional(),
  documents: PublicDocuments.default([]),
});
export type PublicDossierInput = z.infer<typeof PublicDossierInput>;

/**
 * A supplemented document names either a catalogue document (`key`) or a missing item by its place in
 * the list the clerk wrote (`item`), which also covers items written as free text.
 */
export const PublicSupplementDocument = PublicSubmittedDocument.omit({ key: true })
  .extend({ key: DocKey.optional(), item: MissingItemPlace.optional() })
  .superRefine(keyOrItem);
export type PublicSupplementDocument = z.infer<typeof PublicSupplementDocument>;

/** The applicant brings what the clerk asked for, online with the tracking PIN. */
export const PublicSupplementInput = z.object({
  documents: z.array(PublicSupplementDocument).min(1).max(ONESTOP_LIMITS.documents),
  note: Note,
});
export type PublicSupplementInput = z.infer<typeof PublicSupplementInput>;
/** The applicant withdraws online with the tracking PIN. */
export const PublicWithdrawInput = z.object({ reason: Reason });
export type PublicWithdrawInput = z.infer<typeof PublicWithdrawInput>;

/** Which request a missing item belongs to: asked at intake, or returned from processing. */
export type MissingItemKind = "supplement" | "return";

/**
 * The key a missing item is filed under once answered: its catalogue key, or for a free-text item
 * `<kind>:<n>`, which no catalogue key can be (keys have no colon).
 */
export const missingItemKey = (kind: MissingItemKind, item: { key: string | null }, index: number) =>
  item.key ?? `${kind}:${index + 1}`;
