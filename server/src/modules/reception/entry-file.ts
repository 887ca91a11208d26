import { eq } from "drizzle-orm";
import { files } from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { readStoredFile } from "../../platform/files";
import { auditIdentityRead } from "./entry-identity";
import { loadEntry } from "./internal";
import { canReadVisitor } from "./reception.policy";

/**
 * The group's written appointment of representatives or the refusal notice of a book entry, for whoever
 * may see the entry. Both name the visitors, so a denunciation's files follow the identity rule (Luật Tố
 * cáo Đ.9 k.1b) and each read of them is audited. Files are stored by content: the uploader alone is not
 * the test, and a file the entry does not name is "not found".
 */
export async function readEntryFile(ctx: Ctx, entryId: string, fileId: string) {
  const actor = requireActor(ctx);
  const row = await withTransaction(ctx, async (tx) => {
    const loaded = await loadEntry(tx, actor, entryId);
    const e = loaded.row;
    if (fileId !== e.appointmentFileId && fileId !== e.refusalNoticeFileId) {
      throw notFound("file");
    }
    const facts = {
      unitPath: loaded.unitPath,
      isConfidential: e.isConfidential,
      createdBy: e.createdBy,
      hostId: loaded.hostId,
    };
    if (e.isConfidential) {
      if (!canReadVisitor(actor, facts)) {
        throw notFound("file");
      }
      await auditIdentityRead(tx, ctx, e, "file");
    }
    const [file] = await tx.select().from(files).where(eq(files.id, fileId));
    if (!file) {
      throw notFound("file");
    }
    return file;
  });
  const bytes = await readStoredFile(ctx.config.dataDir, fileId);
  return { row, bytes };
}
