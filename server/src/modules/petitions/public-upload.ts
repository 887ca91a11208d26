import { FILE_LIMITS, type PublicAttachment, type PublicUploadReceipt } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { diskFileStore, sniffMime } from "../../platform/files";
import { secretsFor } from "../../platform/secrets";

const tokenOf = (ctx: Ctx, id: string) => secretsFor(ctx.config).blindIndex(`public-upload:${id}`) ?? "";

/**
 * A citizen's attachment, uploaded before filing (same size and type checks as staff uploads). The
 * answer carries a keyed token: only a file uploaded through the portal can be attached to a filing.
 */
export async function storePublicUpload(ctx: Ctx, file: File): Promise<PublicUploadReceipt> {
  if (file.size === 0 || file.size > FILE_LIMITS.maxBytes) {
    throw invalid("file", "fileSize");
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name =
    [...file.name]
      .map((ch) => (ch === "/" || ch === "\\" || ch.charCodeAt(0) < 32 ? "_" : ch))
      .join("")
      .slice(0, 200) || "file";
  const mime = sniffMime(bytes, name);
  if (!mime) {
    throw invalid("file", "fileType");
  }
  const id = await diskFileStore(ctx.config.dataDir).put(bytes);
  await ctx.db
    .insert(files)
    .values({ id, name, mime, size: bytes.length, uploadedBy: null, unitId: null })
    .onConflictDoNothing();
  return { id, name, mime, size: bytes.length, token: tokenOf(ctx, id) };
}

/** The file ids of a filing's attachments, each with a valid portal token, or a 400 on `attachments`. */
export async function checkPublicAttachments(tx: Db, ctx: Ctx, attachments: PublicAttachment[]) {
  const ids = [...new Set(attachments.map((a) => a.id))];
  if (ids.length === 0) {
    return ids;
  }
  const forged = attachments.some((a) => a.token !== tokenOf(ctx, a.id));
  const found = await tx.select({ id: files.id }).from(files).where(inArray(files.id, ids));
  if (forged || found.length !== ids.length) {
    throw invalid("attachments", "fileUnknown");
  }
  return ids;
}
