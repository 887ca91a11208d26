import type { PublicAttachment, PublicUploadReceipt } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { diskFileStore, storeUpload } from "../../platform/files";
import { secretsFor } from "../../platform/secrets";

const tokenOf = (ctx: Ctx, id: string) => secretsFor(ctx.config).blindIndex(`public-upload:${id}`) ?? "";

/**
 * A citizen's attachment, uploaded before filing (same size and type checks as staff uploads). The
 * answer carries a keyed token: only a file uploaded through the portal can be attached to a filing.
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
  return { ...stored, token: tokenOf(ctx, stored.id) };
}

/** The file ids of a filing's attachments, each with a valid portal token, or a 400 on `attachments`. */
export async function checkPublicAttachments(tx: Db, ctx: Ctx, attachments: PublicAttachment[]) {
  const ids = [...new Set(attachments.map((a) => a.id))];
  if (ids.length === 0) {
    return ids;
  }
  const forged = attachments.some((a) => a.token !== tokenOf(ctx, a.id));
  const found = await tx.select({ id: files.id }).from(files).where(inArray(files.id, ids)).for("key share");
  if (forged || found.length !== ids.length) {
    throw invalid("attachments", "fileUnknown");
  }
  return ids;
}
