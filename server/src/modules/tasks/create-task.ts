import type { CreateTaskInput } from "@danvan/common";
import { CalendarInputError } from "@danvan/common/calendar";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roleGrants, staff, tasks, units } from "../../db/schema";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { invalid } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { notifyStaff } from "../../platform/outbox";
import { can } from "../../platform/scope";
import { nextSequence } from "../../platform/sequence";
import { deadlineFor } from "../calendar/compute-deadline";
import { getUnitOrThrow } from "../directory";
import { addEvent, todayVn } from "./internal";
import { presentTasks } from "./task.presenter";

const MAX_DUE_DAYS = 3 * 366;

/** "Rõ thời gian": a chosen date, or one computed by the deadline engine for the unit's calendar. */
async function resolveDue(ctx: Ctx, db: Db, input: CreateTaskInput, unitId: string) {
  const today = todayVn();
  if ("date" in input.due) {
    return { date: input.due.date, explanations: null };
  }
  const req =
    "workingDays" in input.due
      ? { from: today, amount: input.due.workingDays, basis: "working_days" as const, unitId }
      : { from: input.due.from ?? today, ruleId: input.due.ruleCode, unitId };
  const d = await deadlineFor(db, req, ctx.locale).catch((err) => {
    const isBadInput = err instanceof CalendarInputError || (err as { code?: string }).code === "VALIDATION";
    throw isBadInput ? invalid("due", "invalidValue") : err;
  });
  return { date: d.due, explanations: d.explanations };
}

/**
 * Creates a task with all five "rõ": content, responsible person in the unit, directing leader over the
 * unit, time, and expected product. Any module creates its follow-up tasks through this verb.
 */
export async function createTask(ctx: Ctx, input: CreateTaskInput) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await getUnitOrThrow(tx, input.unitId).catch(() => {
      throw invalid("unitId", "notFound");
    });
    if (!can(actor, "tasks.create", unit.path)) {
      throw invalid("unitId", "forbidden");
    }
    if (unit.validTo !== null) {
      throw invalid("unitId", "unitRetired");
    }
    const [assignee] = await tx
      .select({ s: staff, path: units.path })
      .from(staff)
      .innerJoin(units, eq(units.id, staff.unitId))
      .where(eq(staff.id, input.assigneeId));
    if (!assignee?.s.isActive || !assignee.path.startsWith(unit.path)) {
      throw invalid("assigneeId", "assigneeOutsideUnit");
    }
    const leaderGrants = await tx
      .select({ path: units.path })
      .from(roleGrants)
      .innerJoin(units, eq(units.id, roleGrants.unitId))
      .where(and(eq(roleGrants.staffId, input.directorId), eq(roleGrants.role, "leader")));
    const [director] = await tx.select().from(staff).where(eq(staff.id, input.directorId));
    const directs = leaderGrants.some((g) => unit.path.startsWith(g.path));
    if (!director?.isActive || !directs) {
      throw invalid("directorId", "directorNotLeader");
    }
    if (input.directorId === input.assigneeId) {
      throw invalid("directorId", "directorIsAssignee");
    }
    if (input.coordinatingUnitIds.length) {
      const found = await tx
        .select({ id: units.id })
        .from(units)
        .where(inArray(units.id, input.coordinatingUnitIds));
      if (found.length !== new Set(input.coordinatingUnitIds).size) {
        throw invalid("coordinatingUnitIds", "notFound");
      }
    }
    const due = await resolveDue(ctx, tx, input, unit.id);
    const today = todayVn();
    if (due.date < today) {
      throw invalid("due", "dueInPast");
    }
    if ((Date.parse(due.date) - Date.parse(today)) / 86_400_000 > MAX_DUE_DAYS) {
      throw invalid("due", "dueTooFar");
    }
    const year = today.slice(0, 4);
    const code = `NV-${unit.code}-${year}-${String(await nextSequence(tx, `task:${unit.id}:${year}`)).padStart(4, "0")}`;
    const id = newId();
    const [row] = await tx
      .insert(tasks)
      .values({
        id,
        code,
        title: input.title,
        description: input.description,
        unitId: unit.id,
        assigneeId: input.assigneeId,
        directorId: input.directorId,
        createdBy: actor.id,
        dueDate: due.date,
        originalDueDate: due.date,
        dueExplanation: due.explanations?.vi ?? null,
        deliverable: input.deliverable,
        authority: input.authority ?? null,
        coordinatingUnitIds: [...new Set(input.coordinatingUnitIds)],
        sourceType: input.source.type,
        sourceId: input.source.id ?? null,
        sourceLabel: input.source.label ?? null,
        status: "assigned",
        isPublicPromise: !!input.publicPromise,
        publicTitle: input.publicPromise?.title ?? null,
        publicSummary: input.publicPromise?.summary ?? null,
      })
      .returning();
    // Both languages are kept with the event; the column holds the Vietnamese text of record.
    await addEvent(tx, id, actor.id, "assign", {
      data: { dueDate: due.date, explanations: due.explanations },
    });
    await notifyStaff(tx, input.assigneeId, {
      subject: `Nhiệm vụ mới ${code}: ${input.title}`,
      body: `Hạn hoàn thành: ${due.date}. Sản phẩm: ${input.deliverable}`,
      link: `/tasks/${id}`,
    });
    await recordAudit(tx, ctx, {
      action: "tasks.create",
      entityType: "task",
      entityId: id,
      unitId: unit.id,
      after: row,
    });
    const [presented] = await presentTasks(tx, actor, [
      { t: row!, extra: { unitName: unit.name, unitPath: unit.path, extensionPending: false } },
    ]);
    return presented!;
  });
}
