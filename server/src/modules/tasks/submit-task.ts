import { and, eq, inArray } from "drizzle-orm";
import { files } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { transitionTask } from "./transition";

/** The assignee submits the work product with evidence (text and uploaded files) for the leader's review. */
export function submitTask(ctx: Ctx, id: string, input: { note: string; fileIds: string[] }) {
  const fileIds = [...new Set(input.fileIds)];
  return transitionTask(ctx, id, {
    ability: "submit",
    event: "submit",
    note: input.note,
    fileIds,
    before: async (_loaded, tx) => {
      if (fileIds.length === 0) {
        return;
      }
      const found = await tx
        .select({ id: files.id })
        .from(files)
        .where(and(inArray(files.id, fileIds), eq(files.uploadedBy, ctx.actor!.id)))
        .for("key share");
      if (found.length !== fileIds.length) {
        throw invalid("fileIds", "fileUnknown");
      }
    },
    update: () => ({ status: "submitted", progress: 100, evidenceSummary: input.note.slice(0, 2000) }),
    notify: ({ task }) => ({
      to: task.directorId,
      message: { subject: `Báo cáo kết quả ${task.code}`, body: `${task.title}: chờ lãnh đạo xem xét.` },
    }),
  });
}
