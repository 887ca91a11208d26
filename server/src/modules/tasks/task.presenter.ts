import type { Task, TaskSource, TaskStatus } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { staff, units } from "../../db/schema";
import type { Actor } from "../../platform/context";
import { type TaskRow, todayVn } from "./internal";
import { type TaskFacts, taskAbilities } from "./task.policy";
import { workingDaysLeft } from "./working-days";

const DAY = 86_400_000;
const OPEN = new Set(["assigned", "accepted", "in_progress", "returned", "submitted"]);

export function isOverdue(t: Pick<TaskRow, "status" | "dueDate">, today = todayVn()): boolean {
  return OPEN.has(t.status) && t.dueDate < today;
}

type Extra = { unitName: string; unitPath: string; extensionPending: boolean };

/** Task rows to API shape; names are loaded in two queries for the whole page. */
export async function presentTasks(
  db: Db,
  actor: Actor,
  rows: { t: TaskRow; extra: Extra }[],
): Promise<Task[]> {
  const people = [
    ...new Set(
      rows.flatMap(({ t }) => [t.assigneeId, t.directorId, t.createdBy].filter((x): x is string => !!x)),
    ),
  ];
  const names = people.length
    ? await db.select({ id: staff.id, fullName: staff.fullName }).from(staff).where(inArray(staff.id, people))
    : [];
  const coordIds = [...new Set(rows.flatMap(({ t }) => t.coordinatingUnitIds))];
  const coord = coordIds.length
    ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, coordIds))
    : [];
  const person = (id: string | null) =>
    id ? (names.find((n) => n.id === id) ?? { id, fullName: "" }) : null;
  const today = todayVn();
  const left = await workingDaysLeft(
    db,
    rows.map(({ t }) => ({ id: t.id, unitId: t.unitId, dueDate: t.dueDate, open: OPEN.has(t.status) })),
    today,
  );
  return rows.map(({ t, extra }) => {
    const facts: TaskFacts = {
      status: t.status,
      assigneeId: t.assigneeId,
      directorId: t.directorId,
      createdBy: t.createdBy,
      unitPath: extra.unitPath,
      extensionPending: extra.extensionPending,
    };
    const open = OPEN.has(t.status);
    return {
      id: t.id,
      code: t.code,
      title: t.title,
      description: t.description,
      unitId: t.unitId,
      unitName: extra.unitName,
      assignee: person(t.assigneeId),
      director: person(t.directorId),
      createdBy: person(t.createdBy),
      dueDate: t.dueDate,
      originalDueDate: t.originalDueDate,
      dueExplanation: t.dueExplanation,
      deliverable: t.deliverable,
      authority: t.authority,
      coordinatingUnits: coord.filter((c) => t.coordinatingUnitIds.includes(c.id)),
      source: { type: t.sourceType as TaskSource, id: t.sourceId, label: t.sourceLabel },
      status: t.status as TaskStatus,
      progress: t.progress,
      isOverdue: isOverdue(t, today),
      daysLeft: open ? Math.round((Date.parse(t.dueDate) - Date.parse(today)) / DAY) : null,
      workingDaysLeft: left.get(t.id) ?? null,
      extensionCount: t.extensionCount,
      publicPromise: t.isPublicPromise
        ? { title: t.publicTitle ?? t.title, summary: t.publicSummary ?? "" }
        : null,
      completedAt: t.completedAt?.toISOString() ?? null,
      completedOnTime: t.completedOnTime,
      createdAt: t.createdAt.toISOString(),
      abilities: taskAbilities(actor, facts),
    };
  });
}
