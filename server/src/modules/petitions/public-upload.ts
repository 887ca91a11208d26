import type { PublicAttachment, PublicUploadReceipt } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { diskFileStore, storeUpload } from "../../platform/files";
import { issueUploadToken, uploadTokenState } from "../../platform/upload-token";

const PURPOSE = "petition-upload";

/**
 * A citizen's attachment, uploaded before filing (same size and type checks as staff uploads). The
 * answer carries a keyed token: only a file uploaded through the portal can be attached to a filing, and
 * only within a day (after that the sweep may have removed it).
 */
export async function storePublicUpload(ctx: Ctx, file: File): Promise<PublicUploadReceipt> {
  const stored = await withTransaction(ctx, async (tx) => {
    const f = await storeUpload(tx, diskFileStore(ctx.config.dataDir), file, {
      uploadedBy: null,
      unitId: null,
    });
    await recordAudit(tx, ctx, {
      action: "petitions.upload-online",
      entityType: "file",
      entityId: f.id,
      unitId: null,
      after: f,
    });
    return f;
  });
  return { ...stored, ...issueUploadToken(ctx, PURPOSE, stored.id) };
}

/**
 * The file ids of a filing's attachments, each with a valid, unexpired portal token, or a 400 on
 * `attachments` (the form's one upload field) saying whether an upload is expired or unknown.
 */
export async function checkPublicAttachments(tx: Db, ctx: Ctx, attachments: PublicAttachment[]) {
  const ids = [...new Set(attachments.map((a) => a.id))];
  if (ids.length === 0) {
    return ids;
  }
  const found = await tx.select({ id: files.id }).from(files).where(inArray(files.id, ids)).for("key share");
  const known = new Set(found.map((f) => f.id));
  const now = Date.now();
  for (const a of attachments) {
    const state = uploadTokenState(ctx, PURPOSE, a.id, a.token, now);
    if (state === "expired") {
      throw invalid("attachments", "uploadExpired");
    }
    if (state === "forged" || !known.has(a.id)) {
      throw invalid("attachments", "fileUnknown");
    }
  }
  return ids;
}
