import { randomInt } from "node:crypto";
import { PETITION_LIMITS, type PetitionIdentity } from "@danvan/common";
import type { Db } from "../../db/client";
import { insertRows, type RowSet, rowsOf } from "../../db/insert-rows";
import { rowAsInserted } from "../../db/row-as-inserted";
import { petitionIdentities, petitions } from "../../db/schema";
import { auditRow } from "../../platform/audit";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import type { Secrets } from "../../platform/secrets";
import { nextSequence } from "../../platform/sequence";
import type { UnitRow } from "../directory/internal";
import { dueByRules, groupThreshold, processRuleCodes } from "./deadlines";
import {
  copiedIdentityValues,
  type IdentityRow,
  identityValues,
  RECORDED_MARKER,
  SEALED_MARKER,
} from "./identity";
import { eventRow, type PetitionRow } from "./internal";

export type NewPetition = {
  unit: UnitRow;
  kind: string;
  round?: number;
  channel: string;
  receivedDate: string;
  summary: string;
  content: string;
  signerCount: number;
  hasOriginalDocuments?: boolean;
  /** A new identity, one copied from an earlier petition, or none (anonymous). */
  petitioner: { given: PetitionIdentity } | { copy: IdentityRow | null } | null;
  parentId?: string;
  splitFromId?: string;
  transferredFromId?: string;
  source?: { bodyName: string; documentNo?: string | null };
  /** Parts of a split and a transferred copy keep the citizen's PIN (its hash). */
  pinHash?: string;
  fileIds?: string[];
  /** Who registered it; defaults to the actor. A body's copy of a transferred petition has nobody yet. */
  receivedBy?: string | null;
  /** Audit action, `petitions.<verb>`. */
  action: string;
  /** The day's number drawn before the transaction (online filings); otherwise drawn inside it. */
  seq?: number;
  /**
   * The caller's own rows for this registration (an idempotency answer, notices), written in the same
   * statement as the petition's; they must not need to read the petition row back.
   */
  alongside?: (row: PetitionRow, pin: string | null) => RowSet[];
  /**
   * How the rows are written; by default one statement on `tx`. Online filings without attachments join
   * the writes of concurrent filings (`insertRowsBatched`).
   */
  write?: (sets: RowSet[]) => Promise<void>;
};

const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

/** Keyed by unit code, not id: a retired unit and its successor may share a code (2025 merger). */
export const petitionCounter = (unitCode: string, receivedDate: string) =>
  `petition:${unitCode}:${yymmdd(receivedDate)}`;

export function newPin(): string {
  return Array.from({ length: PETITION_LIMITS.pinLength }, () => randomInt(10)).join("");
}

/**
 * Registers a petition: a gapless daily code, the group flag from the rule in force, the processing
 * deadline from the rule in force on the day of receipt, the petitioner (sealed for a denunciation),
 * the first timeline entry and the audit event, which holds a marker instead of the identity.
 */
export async function insertPetition(
  tx: Db,
  ctx: Ctx,
  secrets: Secrets,
  input: NewPetition,
): Promise<{ row: PetitionRow; pin: string | null }> {
  if (input.unit.validTo !== null && input.unit.validTo < input.receivedDate) {
    throw invalid("unitId", "unitRetired");
  }
  if (input.receivedDate < input.unit.validFrom) {
    throw invalid("receivedDate", "petitionDateOutOfRange");
  }
  const anonymous =
    input.petitioner === null || ("copy" in input.petitioner && input.petitioner.copy === null);
  // Once sealed, an identity stays need-to-know whatever the derived petition's kind.
  const inheritsSeal = !!input.petitioner && "copy" in input.petitioner && !!input.petitioner.copy?.isSealed;
  const confidential = input.kind === "denunciation" || inheritsSeal;
  const round = input.round ?? 1;
  const status = input.kind === "denunciation" && anonymous ? "information" : "received";
  const processDue = await dueByRules(
    tx,
    processRuleCodes(input.kind, round, anonymous),
    { from: input.receivedDate, unitId: input.unit.id, unit: input.unit },
    ctx.locale,
  );
  const pin = input.pinHash ? null : newPin();
  const id = newId();
  const isGroup = input.signerCount >= (await groupThreshold(tx, input.receivedDate));
  // The day's counter row stays locked until commit (that keeps codes gapless), so it is drawn after
  // every read, just before the writes: concurrent filings wait for each other as briefly as possible.
  const day = yymmdd(input.receivedDate);
  const seq = input.seq ?? (await nextSequence(tx, petitionCounter(input.unit.code, input.receivedDate)));
  const code = `${input.unit.code}-${day}-${String(seq).padStart(4, "0")}`;
  const row = rowAsInserted(
    petitions,
    {
      id,
      code,
      unitId: input.unit.id,
      kind: input.kind,
      round,
      parentId: input.parentId ?? null,
      splitFromId: input.splitFromId ?? null,
      transferredFromId: input.transferredFromId ?? null,
      channel: input.channel,
      sourceBody: input.source?.bodyName ?? null,
      sourceDocumentNo: input.source?.documentNo ?? null,
      receivedDate: input.receivedDate,
      receivedBy: input.receivedBy === undefined ? (ctx.actor?.id ?? null) : input.receivedBy,
      summary: input.summary,
      content: input.content,
      status,
      signerCount: input.signerCount,
      isGroup,
      hasOriginalDocuments: input.hasOriginalDocuments ?? false,
      isAnonymous: anonymous,
      isConfidential: confidential,
      processDue: processDue.due,
      processRuleId: processDue.ruleId,
      processExplanation: processDue.explanation,
      currentDue: processDue.due,
      pinHash: input.pinHash ?? secrets.pinHash(pin!),
    },
    new Date(),
  );
  const target = { petitionId: id, unitId: input.unit.id };
  const identity =
    input.petitioner && "given" in input.petitioner
      ? identityValues(secrets, target, input.petitioner.given, confidential)
      : input.petitioner && "copy" in input.petitioner
        ? copiedIdentityValues(secrets, input.petitioner.copy, target, confidential)
        : null;
  // The trail proves an identity was taken, never whose: personal data stays in its own table.
  const identityTrace = anonymous ? null : confidential ? SEALED_MARKER : RECORDED_MARKER;
  // One statement for every row of the registration (and the caller's own): one round trip.
  const sets = [
    ...(input.alongside?.(row, pin) ?? []),
    rowsOf(petitions, row),
    ...(identity ? [rowsOf(petitionIdentities, identity)] : []),
    eventRow(row, ctx.actor?.id ?? null, "intake", {
      data: { channel: input.channel, status, processDue: processDue.due },
      fileIds: input.fileIds ?? [],
    }),
    auditRow(ctx, {
      action: input.action,
      entityType: "petition",
      entityId: id,
      unitId: input.unit.id,
      after: { ...row, identity: identityTrace },
    }),
  ];
  await (input.write ? input.write(sets) : insertRows(tx, sets));
  return { row, pin };
}
