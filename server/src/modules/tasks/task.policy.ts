import type { Actor } from "../../platform/context";
import { can } from "../../platform/scope";

export type TaskFacts = {
  status: string;
  assigneeId: string;
  directorId: string;
  createdBy: string | null;
  unitPath: string;
  extensionPending: boolean;
};

const OPEN = ["assigned", "accepted", "in_progress", "returned"];

/** Who may see a task: its three people, and monitors with `tasks.read` over its unit. */
export function canViewTask(actor: Actor, t: TaskFacts): boolean {
  return (
    actor.id === t.assigneeId ||
    actor.id === t.directorId ||
    actor.id === t.createdBy ||
    can(actor, "tasks.read", t.unitPath)
  );
}

/** Only the responsible side works and reports; only the directing leader approves, returns, extends. */
export function taskAbilities(actor: Actor, t: TaskFacts) {
  const isAssignee = actor.id === t.assigneeId;
  const isDirector = actor.id === t.directorId;
  const live = t.status !== "done" && t.status !== "cancelled";
  return {
    accept: isAssignee && t.status === "assigned",
    progress: isAssignee && OPEN.includes(t.status),
    submit: isAssignee && OPEN.includes(t.status),
    approve: isDirector && t.status === "submitted",
    returnTask: isDirector && t.status === "submitted",
    requestExtension: isAssignee && live && t.status !== "submitted" && !t.extensionPending,
    decideExtension: isDirector && t.extensionPending,
    cancel: live && (isDirector || actor.id === t.createdBy),
    urge:
      live && !isAssignee && (isDirector || actor.id === t.createdBy || can(actor, "tasks.read", t.unitPath)),
  };
}

/** The directing leader, or a leader over the task's unit, may close a report by giving a direction. */
export function canCloseWithDirection(actor: Actor, t: TaskFacts): boolean {
  const live = t.status !== "done" && t.status !== "cancelled";
  const leaderOver = actor.grants.some((g) => g.role === "leader" && t.unitPath.startsWith(g.unitPath));
  return live && (actor.id === t.directorId || leaderOver);
}

export type TaskAbilitiesOf = ReturnType<typeof taskAbilities>;
