import { and, eq, sql } from "drizzle-orm";
import { dossierEvents, files } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { readStoredFile } from "../../platform/files";
import { loadDossier } from "./internal";

/**
 * A file of the dossier (a submitted document or one attached on its timeline), for whoever may see
 * the dossier. Files are stored by content, so the uploader alone is not the test: a file of another
 * dossier, or one never attached, is "not found".
 */
export async function readDossierFile(ctx: Ctx, dossierId: string, fileId: string) {
  const actor = requireActor(ctx);
  const loaded = await loadDossier(ctx.db, actor, dossierId);
  const inDocuments = loaded.d.documents.some((doc) => doc.fileIds.includes(fileId));
  if (!inDocuments) {
    const [event] = await ctx.db
      .select({ id: dossierEvents.id })
      .from(dossierEvents)
      .where(
        and(
          eq(dossierEvents.dossierId, dossierId),
          sql`${dossierEvents.fileIds} @> ${JSON.stringify([fileId])}::jsonb`,
        ),
      )
      .limit(1);
    if (!event) {
      throw notFound("file");
    }
  }
  const [row] = await ctx.db.select().from(files).where(eq(files.id, fileId));
  if (!row) {
    throw notFound("file");
  }
  const bytes = await readStoredFile(ctx.config.dataDir, fileId);
  return { row, bytes };
}
