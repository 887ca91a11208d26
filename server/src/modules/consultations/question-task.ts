import type { Db } from "../../db/client";
import type { Ctx } from "../../platform/context";
import { createTask } from "../tasks/create-task";
import type { ConsultationRow } from "./internal";

/**
 * The answer's due date comes from the rules engine: the law sets no number, so each commune writes its own
 * in its democracy regulation (an unverified, editable, effective-dated rule).
 */
export const ANSWER_RULE = "grassroots.question_answer";

/**
 * "Every question gets an official answer": a "5 rõ" task for the consultation's responsible officer,
 * directed by its leader, created through the tasks module in the caller's transaction.
 */
export async function questionTask(tx: Db, ctx: Ctx, c: ConsultationRow, questionId: string, body: string) {
  const title = `Trả lời câu hỏi: ${body.length > 150 ? `${body.slice(0, 147)}...` : body}`;
  const task = await createTask(
    { ...ctx, db: tx },
    {
      title,
      description: `Cuộc lấy ý kiến ${c.code} — ${c.title}\nCâu hỏi của người dân: ${body}`,
      unitId: c.unitId,
      assigneeId: c.ownerId,
      directorId: c.directorId,
      due: { ruleCode: ANSWER_RULE },
      deliverable: "Văn bản trả lời chính thức, công khai trên trang lấy ý kiến",
      coordinatingUnitIds: [],
      source: { type: "consultation", id: c.id, label: `${c.code} · ${questionId.slice(0, 8)}` },
      publicPromise: null,
    },
  );
  return task.id;
}
