import { dossierTrackingPath } from "@danvan/common";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { dossierEvents, procedures, staff } from "../../../db/schema";
import { notFound } from "../../../platform/errors";
import type { DossierRow } from "../internal";

export type SlipEvent = {
  type: string;
  at: Date;
  actorName: string | null;
  note: string | null;
  data: unknown;
};

/** What every slip prints: the dossier, its receiving unit, its procedure and the timeline entries. */
export type SlipData = {
  d: DossierRow;
  unitName: string;
  procedure: { code: string; name: string; resultDocument: string };
  /** Newest first, only the types a slip quotes. */
  events: SlipEvent[];
  statusUrl: string;
  /** The officer who received the dossier, when the timeline does not name one. */
  receivedByName: string | null;
  /** The open rating link (only the rating slip prints it: it is the single-use token). */
  rating?: { url: string; expiresAt: string } | null;
};

const SLIP_EVENTS = [
  "receive",
  "supplement",
  "request-supplement",
  "return-for-supplement",
  "refuse",
  "reappoint",
];

/** Loads the slip's data for a dossier already found in the caller's scope. */
export async function loadSlipData(
  db: Db,
  d: DossierRow,
  unitName: string,
  publicBase: string,
): Promise<SlipData> {
  const [p] = await db
    .select({ code: procedures.code, name: procedures.name, resultDocument: procedures.resultDocument })
    .from(procedures)
    .where(eq(procedures.id, d.procedureId));
  if (!p) {
    throw notFound("procedure");
  }
  const events = await db
    .select({
      type: dossierEvents.type,
      at: dossierEvents.createdAt,
      actorName: staff.fullName,
      note: dossierEvents.note,
      data: dossierEvents.data,
    })
    .from(dossierEvents)
    .leftJoin(staff, eq(staff.id, dossierEvents.actorId))
    .where(and(eq(dossierEvents.dossierId, d.id), inArray(dossierEvents.type, SLIP_EVENTS)))
    .orderBy(desc(dossierEvents.createdAt), desc(dossierEvents.id));
  const [receiver] = d.receivedBy
    ? await db.select({ name: staff.fullName }).from(staff).where(eq(staff.id, d.receivedBy))
    : [];
  return {
    d,
    unitName,
    procedure: p,
    events,
    statusUrl: statusUrl(publicBase, d.code),
    receivedByName: receiver?.name ?? null,
  };
}

/** The public status page of a dossier, the address the receipt's QR code holds. */
export function statusUrl(publicBase: string, code: string): string {
  return publicBase.replace(/\/+$/, "") + dossierTrackingPath(code);
}

/** The newest timeline entry of one of `types`, if any. */
export function lastEvent(data: SlipData, ...types: string[]): SlipEvent | null {
  return data.events.find((e) => types.includes(e.type)) ?? null;
}

/** "Ông/Bà" for a person, "Tổ chức" for a business (TT 01/2018 forms address both). */
export const addressee = (d: DossierRow) => (d.applicantKind === "organisation" ? "Tổ chức" : "Ông/Bà");

export const FORM_LABELS: Record<string, string> = {
  original: "bản chính",
  copy: "bản sao",
  certified_copy: "bản sao chứng thực",
  electronic: "bản điện tử",
};

/** "…" where a field was not given, as a blank on the paper form. */
export const orBlank = (v: string | null | undefined) => (v?.trim() ? v.trim() : "…………………………");
