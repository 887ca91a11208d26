import { ONESTOP_LIMITS, type PublicDossierUpload, type PublicSubmittedDocument } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { diskFileStore, storeUpload } from "../../platform/files";
import { issueUploadToken, uploadTokenState } from "../../platform/upload-token";
import { checkDocuments, type ProcedureRow } from "./internal";

const PURPOSE = "onestop-upload";

/**
 * A scan for an online filing or supplement, uploaded before sending it: the same size and type checks
 * as counter uploads. Nobody can read it until it is filed with a dossier, and its token expires.
 */
export async function storeDossierUpload(ctx: Ctx, file: File): Promise<PublicDossierUpload> {
  const stored = await withTransaction(ctx, async (tx) => {
    const f = await storeUpload(tx, diskFileStore(ctx.config.dataDir), file, {
      uploadedBy: null,
      unitId: null,
    });
    await recordAudit(tx, ctx, {
      action: "onestop.upload-online",
      entityType: "file",
      entityId: f.id,
      unitId: null,
      after: f,
    });
    return f;
  });
  return { ...stored, ...issueUploadToken(ctx, PURPOSE, stored.id, ONESTOP_LIMITS.uploadHours) };
}

/**
 * The documents of an online filing or supplement checked against the procedure's list (and, for a
 * supplement, the free-text items asked for), each file with a valid, unexpired portal token; else a
 * 400 naming `documents.<i>.files.<j>`.
 */
export async function checkPublicDocuments(
  tx: Db,
  ctx: Ctx,
  procedure: ProcedureRow,
  submitted: PublicSubmittedDocument[],
  freeText: ReadonlyMap<string, string> = new Map(),
) {
  const rows = await checkDocuments(
    tx,
    procedure,
    submitted.map(({ files: _f, ...d }) => ({ ...d, fileIds: [] })),
    null,
    "documents",
    freeText,
  );
  const now = Date.now();
  const ids = [...new Set(submitted.flatMap((d) => d.files.map((f) => f.id)))];
  const known = new Set(
    ids.length === 0
      ? []
      : (await tx.select({ id: files.id }).from(files).where(inArray(files.id, ids)).for("key share")).map(
          (f) => f.id,
        ),
  );
  return rows.map((row, i) => {
    const docFiles = submitted[i]!.files;
    for (const [j, f] of docFiles.entries()) {
      const state = uploadTokenState(ctx, PURPOSE, f.id, f.token, now);
      if (state === "expired") {
        throw invalid(`documents.${i}.files.${j}`, "uploadExpired");
      }
      if (state === "forged" || !known.has(f.id)) {
        throw invalid(`documents.${i}.files.${j}`, "fileUnknown");
      }
    }
    return { ...row, fileIds: [...new Set(docFiles.map((f) => f.id))] };
  });
}
