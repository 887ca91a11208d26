import { SATISFACTION_LEVEL_LABELS, type SatisfactionLevel } from "@danvan/common";
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roleGrants, staff, units } from "../../db/schema";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { loadGrants } from "../../platform/session";
import { createTask } from "../tasks/create-task";
import type { InteractionRow } from "./internal";

/** Local practice, not a statutory number: the head answers a dissatisfied citizen within a week. */
export const FOLLOW_UP_WORKING_DAYS = 5;

/** The unit head: the leader granted closest above or on the unit, by username for a stable choice. */
async function headOf(tx: Db, unitPath: string) {
  const [head] = await tx
    .select({ id: staff.id, username: staff.username, fullName: staff.fullName, unitId: staff.unitId })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .where(
      and(
        eq(roleGrants.role, "leader"),
        eq(staff.isActive, true),
        sql`${unitPath} LIKE ${units.path} || '%'`,
      ),
    )
    .orderBy(desc(units.depth), asc(staff.username))
    .limit(1);
  return head;
}

/** Who explains: the officer who served, else another active officer of the unit. */
async function assigneeOf(tx: Db, i: InteractionRow, unitPath: string, headId: string) {
  const rows = await tx
    .select({ id: staff.id })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(and(eq(staff.isActive, true), ne(staff.id, headId), sql`${units.path} LIKE ${`${unitPath}%`}`))
    .orderBy(sql`CASE WHEN ${staff.id} = ${i.officerId ?? null} THEN 0 ELSE 1 END`, asc(staff.username))
    .limit(1);
  return rows[0]?.id;
}

/**
 * A "không hài lòng" (or a low score with a comment) becomes a "5 rõ" task the unit head directs,
 * created through the tasks module in the rating's transaction; null when the unit has nobody to assign.
 */
export async function createFollowUpTask(
  tx: Db,
  ctx: Ctx,
  i: InteractionRow,
  unitPath: string,
  rating: { level: SatisfactionLevel; comment: string | null },
): Promise<string | null> {
  const head = await headOf(tx, unitPath);
  const assigneeId = head && (await assigneeOf(tx, i, unitPath, head.id));
  if (!head || !assigneeId) {
    return null;
  }
  const actor = {
    id: head.id,
    username: head.username,
    fullName: head.fullName,
    unitId: head.unitId,
    grants: await loadGrants(tx, head.id),
  };
  const level = SATISFACTION_LEVEL_LABELS[rating.level].vi;
  try {
    const task = await createTask(
      { ...ctx, db: tx, actor },
      {
        title: `Xử lý đánh giá ${level.toLowerCase()}: ${i.label}`.slice(0, 200),
        description: [
          `Người dân đánh giá "${level}" đối với ${i.label}.`,
          rating.comment ? `Ý kiến: ${rating.comment}` : "",
          "Nhiệm vụ tạo tự động từ hệ thống đánh giá sự hài lòng; thủ trưởng chỉ đạo, trả lời người dân.",
        ]
          .filter(Boolean)
          .join("\n"),
        unitId: i.unitId,
        assigneeId,
        directorId: head.id,
        due: { workingDays: FOLLOW_UP_WORKING_DAYS },
        deliverable: "Báo cáo giải trình và nội dung trả lời người dân",
        coordinatingUnitIds: [],
        source: { type: "rating", id: i.id, label: i.label.slice(0, 200) },
        publicPromise: null,
      },
    );
    return task.id;
  } catch (err) {
    // A unit whose head cannot direct tasks there still gets the follow-up listed, without a task.
    if (err instanceof AppError && err.code === "VALIDATION") {
      return null;
    }
    throw err;
  }
}
