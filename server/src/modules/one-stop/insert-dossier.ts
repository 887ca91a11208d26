import type { Db } from "../../db/client";
import { type DossierDocumentRow, dossiers } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import { newId } from "../../platform/ids";
import type { Secrets } from "../../platform/secrets";
import { nextSequence } from "../../platform/sequence";
import { addEvent, type DossierRow, newPin, type ProcedureRow, trail, yymmdd } from "./internal";

export type NewDossier = {
  procedure: ProcedureRow;
  unitCode: string;
  channel: "counter" | "online";
  status: "new" | "checking";
  filedDate: string;
  applicant: {
    id: string | null;
    kind: string;
    name: string;
    identifier: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  };
  summary: string | null;
  documents: DossierDocumentRow[];
  action: string;
};

/**
 * Registers a dossier under a code made of the receiving body's code, the day of filing and the
 * sequence of that day (NĐ 61/2018 Đ.26). The counter row stays locked until commit, so concurrent
 * filings queue on it and a rolled-back filing gives its number back: no gaps, no duplicates.
 */
export async function insertDossier(
  tx: Db,
  ctx: Ctx,
  secrets: Secrets,
  input: NewDossier,
): Promise<{ row: DossierRow; pin: string }> {
  const day = yymmdd(input.filedDate);
  // Keyed by unit code, not id: a retired unit and its successor may share a code (2025 merger).
  const seq = await nextSequence(tx, `dossier:${input.unitCode}:${day}`);
  const code = `${input.unitCode}-${day}-${String(seq).padStart(4, "0")}`;
  const pin = newPin();
  const id = newId();
  const a = input.applicant;
  const [row] = await tx
    .insert(dossiers)
    .values({
      id,
      code,
      unitId: input.procedure.unitId,
      procedureId: input.procedure.id,
      processingDays: input.procedure.processingDays,
      channel: input.channel,
      status: input.status,
      applicantId: a.id,
      applicantKind: a.kind,
      applicantName: a.name,
      applicantIdentifier: a.identifier,
      applicantPhone: a.phone,
      applicantEmail: a.email,
      applicantAddress: a.address,
      summary: input.summary,
      documents: input.documents,
      filedDate: input.filedDate,
      filedBy: ctx.actor?.id ?? null,
      pinHash: secrets.pinHash(pin),
    })
    .returning();
  await addEvent(tx, row!, ctx.actor?.id ?? null, "file", {
    data: { channel: input.channel, status: input.status },
    fileIds: input.documents.flatMap((d) => d.fileIds),
  });
  await recordAudit(tx, ctx, {
    action: input.action,
    entityType: "dossier",
    entityId: id,
    unitId: row!.unitId,
    after: trail(row),
  });
  return { row: row!, pin };
}
