import { and, eq, sql } from "drizzle-orm";
import { files, petitionEvents } from "../../db/schema";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { readStoredFile } from "../../platform/files";
import { auditIdentityRead } from "./identity";
import { loadPetition } from "./internal";
import { canReadIdentity } from "./petition.policy";

/**
 * A file attached to the petition's timeline (intake scan, note, answer document), for whoever may see
 * the petition; a file of another petition, or one never attached, is "not found". A denunciation's
 * intake files may carry the denouncer's handwriting: only who may read the identity gets them, audited.
 */
export async function readPetitionFile(ctx: Ctx, petitionId: string, fileId: string) {
  const actor = requireActor(ctx);
  const row = await withTransaction(ctx, async (tx) => {
    const loaded = await loadPetition(tx, actor, petitionId);
    const events = await tx
      .select({ type: petitionEvents.type })
      .from(petitionEvents)
      .where(
        and(
          eq(petitionEvents.petitionId, petitionId),
          sql`${petitionEvents.fileIds} @> ${JSON.stringify([fileId])}::jsonb`,
        ),
      );
    if (events.length === 0) {
      throw notFound("file");
    }
    if (loaded.p.isConfidential && events.some((e) => e.type === "intake")) {
      if (!canReadIdentity(actor, loaded.facts)) {
        throw notFound("file");
      }
      await auditIdentityRead(tx, ctx, loaded.p, "file");
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
