import { and, eq, sql } from "drizzle-orm";
import { consultationOptions, files } from "../../db/schema";
import { type Ctx, requireActor } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { readStoredFile } from "../../platform/files";
import { type ConsultationRow, loadConsultation, loadPublished } from "./internal";

/** The bytes of a file attached to the consultation itself or to one of its options; anything else is 404. */
async function attachedFile(ctx: Ctx, c: ConsultationRow, fileId: string) {
  const onConsultation = c.fileIds.includes(fileId);
  const [onOption] = onConsultation
    ? [true]
    : await ctx.db
        .select({ id: consultationOptions.id })
        .from(consultationOptions)
        .where(
          and(
            eq(consultationOptions.consultationId, c.id),
            sql`${consultationOptions.fileIds} @> ${JSON.stringify([fileId])}::jsonb`,
          ),
        )
        .limit(1);
  const [row] = onOption ? await ctx.db.select().from(files).where(eq(files.id, fileId)) : [];
  if (!row) {
    throw notFound("file");
  }
  const bytes = await readStoredFile(ctx.config.dataDir, fileId);
  return { bytes, mime: row.mime, name: row.name };
}

/** A file is public only while attached to a published consultation or one of its options. */
export async function publicFile(ctx: Ctx, id: string, fileId: string) {
  const { c } = await loadPublished(ctx.db, id);
  return attachedFile(ctx, c, fileId);
}

/** Staff who follow the consultation read its files, published or not. */
export async function staffFile(ctx: Ctx, id: string, fileId: string) {
  const { c } = await loadConsultation(ctx.db, requireActor(ctx), id);
  return attachedFile(ctx, c, fileId);
}
