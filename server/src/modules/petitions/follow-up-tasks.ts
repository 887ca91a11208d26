import type { CreateTaskInput } from "@danvan/common";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit";
import { type Ctx, requireActor, withTransaction } from "../../platform/context";
import { forbidden, invalid } from "../../platform/errors";
import { notifyStaff } from "../../platform/outbox";
import { createTask } from "../tasks/create-task";
import { addEvent, type LoadedPetition, loadPetition, todayVn } from "./internal";
import { isDirectingLeader, petitionAbilities } from "./petition.policy";

type Due = CreateTaskInput["due"];

function dueOf(loaded: LoadedPetition, given: string | undefined): Due {
  if (given) {
    return { date: given };
  }
  const current = loaded.p.currentDue;
  return current && current >= todayVn() ? { date: current } : { workingDays: 3 };
}

/** A follow-up task on a petition through the tasks module, in the same transaction (a savepoint). */
async function followUp(
  ctx: Ctx,
  id: string,
  ability: "urge" | "reportToHead",
  build: (
    loaded: LoadedPetition,
  ) => Omit<CreateTaskInput, "source" | "coordinatingUnitIds" | "publicPromise">,
  after?: (tx: Db, loaded: LoadedPetition) => Promise<unknown>,
) {
  const actor = requireActor(ctx);
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadPetition(tx, actor, id, true);
    if (!petitionAbilities(actor, loaded.facts, todayVn())[ability]) {
      throw forbidden("petitionTransition");
    }
    const { p } = loaded;
    const input = build(loaded);
    const task = await createTask(
      { ...ctx, db: tx },
      {
        ...input,
        coordinatingUnitIds: [],
        publicPromise: null,
        source: { type: "petition", id: p.id, label: p.code },
      },
    );
    const verb = ability === "urge" ? "urge" : "report-to-head";
    await addEvent(tx, p, actor.id, verb, {
      note: input.description,
      data: { taskId: task.id, taskCode: task.code },
    });
    await recordAudit(tx, ctx, {
      action: `petitions.${verb}`,
      entityType: "petition",
      entityId: p.id,
      unitId: p.unitId,
      after: {
        taskId: task.id,
        taskCode: task.code,
        assigneeId: input.assigneeId,
        directorId: input.directorId,
      },
    });
    await after?.(tx, loaded);
    return { id: task.id, code: task.code, dueDate: task.dueDate };
  });
}

/** "Đôn đốc": a task for the assigned handler, directed by the urging leader or the one named. */
export async function urgePetition(
  ctx: Ctx,
  id: string,
  input: { note?: string; directorId?: string; dueDate?: string },
) {
  const actor = requireActor(ctx);
  return followUp(ctx, id, "urge", (loaded) => {
    const directorId = input.directorId ?? (isDirectingLeader(actor, loaded.unitPath) ? actor.id : undefined);
    if (!directorId) {
      throw invalid("directorId", "required");
    }
    return {
      title: `Đôn đốc xử lý đơn ${loaded.p.code}`,
      description: input.note ?? `Đôn đốc xử lý, giải quyết đơn ${loaded.p.code}: ${loaded.p.summary}`,
      unitId: loaded.p.unitId,
      assigneeId: loaded.p.handlerId!,
      directorId,
      due: dueOf(loaded, input.dueDate),
      deliverable: "Báo cáo kết quả xử lý, giải quyết đơn",
    };
  });
}

/** Reports a complex or sensitive petition to the head at once (TT 07/2014 Đ.27): a task the head directs. */
export async function reportToHead(
  ctx: Ctx,
  id: string,
  input: { headId: string; note: string; dueDate?: string },
) {
  const actor = requireActor(ctx);
  return followUp(
    ctx,
    id,
    "reportToHead",
    (l) => ({
      title: `Báo cáo thủ trưởng về đơn ${l.p.code}`,
      description: input.note,
      unitId: l.p.unitId,
      assigneeId: l.p.handlerId ?? actor.id,
      directorId: input.headId,
      due: dueOf(l, input.dueDate),
      deliverable: "Báo cáo vụ việc, đề xuất hướng xử lý",
    }),
    (tx, l) =>
      notifyStaff(tx, input.headId, {
        subject: `Báo cáo vụ việc: đơn ${l.p.code}`,
        body: `${l.p.summary}\n${input.note}`,
        link: `/petitions/${l.p.id}`,
      }),
  );
}
