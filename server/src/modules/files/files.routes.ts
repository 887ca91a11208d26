import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { files, taskEvents } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Actor, withTransaction } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { diskFileStore, downloadHeaders, readStoredFile, storeUpload } from "../../platform/files";
import { actorOf, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { loadTask } from "../tasks/internal";

const FileOut = z.object({ id: z.string(), name: z.string(), mime: z.string(), size: z.number() });

/** Uploads (evidence, attachments): multipart field "file", ≤ 10 MB, type checked on the bytes. */
export const fileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/files",
      tags: ["files"],
      summary: "Upload a file (multipart field “file”)",
      responses: { 201: json(FileOut), ...errorResponses, 413: errorResponses[400] },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const form = await c.req.formData().catch(() => {
        throw invalid("file", "required");
      });
      const file = form.get("file");
      if (!(file instanceof File)) {
        throw invalid("file", "required");
      }
      const actor = actorOf(c);
      const stored = await withTransaction(ctx, async (tx) => {
        const f = await storeUpload(tx, diskFileStore(ctx.config.dataDir), file, {
          uploadedBy: actor.id,
          unitId: actor.unitId,
        });
        await recordAudit(tx, ctx, {
          action: "files.upload",
          entityType: "file",
          entityId: f.id,
          unitId: actor.unitId,
          after: f,
        });
        return f;
      });
      return c.json(stored, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/files/{id}",
      tags: ["files"],
      summary: "Download a file you uploaded or that is attached to a record you can see",
      request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }) },
      responses: { 200: { description: "The bytes" }, ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const { id } = c.req.valid("param");
      const [row] = await ctx.db
        .select()
        .from(files)
        .where(and(eq(files.id, id)));
      if (!row || !(await canReadFile(ctx.db, actorOf(c), row.uploadedBy, id))) {
        throw notFound("file");
      }
      const bytes = await readStoredFile(ctx.config.dataDir, id);
      return c.body(new Uint8Array(bytes), 200, downloadHeaders(row));
    },
  );

/** The uploader, or anyone who can see a record the file is attached to. */
async function canReadFile(db: Db, actor: Actor, uploadedBy: string | null, id: string): Promise<boolean> {
  if (uploadedBy === actor.id) {
    return true;
  }
  const refs = await db
    .select({ taskId: taskEvents.taskId })
    .from(taskEvents)
    .where(sql`${taskEvents.fileIds} @> ${JSON.stringify([id])}::jsonb`)
    .limit(20);
  for (const r of refs) {
    if (
      await loadTask(db, actor, r.taskId).then(
        () => true,
        () => false,
      )
    ) {
      return true;
    }
  }
  return false;
}
