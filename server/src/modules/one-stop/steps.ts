import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { dossierSteps } from "../../db/schema";
import { newId } from "../../platform/ids";
import { addWorkingDays } from "./deadlines";
import type { DossierRow, ProcedureRow } from "./internal";

/** Copies the catalogue's steps for a new round; the first starts today with its time budget. */
export async function openSteps(
  tx: Db,
  d: DossierRow,
  procedure: ProcedureRow,
  today: string,
  handlerId: string | null,
) {
  const due = await addWorkingDays(tx, d.unitId, today, procedure.steps[0]!.days);
  await tx.insert(dossierSteps).values(
    procedure.steps.map((s, i) => ({
      id: newId(),
      dossierId: d.id,
      unitId: d.unitId,
      round: d.round,
      stepNo: i + 1,
      name: s.name,
      agencyId: s.agencyId,
      budgetDays: s.days,
      status: i === 0 ? "active" : "pending",
      handlerId: i === 0 ? handlerId : null,
      startedDate: i === 0 ? today : null,
      dueDate: i === 0 ? due : null,
    })),
  );
}

/** Steps of the round not finished yet stop (withdrawal, return for supplement). */
export async function stopOpenSteps(tx: Db, d: Pick<DossierRow, "id" | "round">) {
  await tx
    .update(dossierSteps)
    .set({ status: "returned" })
    .where(
      and(
        eq(dossierSteps.dossierId, d.id),
        eq(dossierSteps.round, d.round),
        inArray(dossierSteps.status, ["active", "pending"]),
      ),
    );
}

export async function stepOf(tx: Db, d: Pick<DossierRow, "id" | "round">, stepNo: number) {
  const [row] = await tx
    .select()
    .from(dossierSteps)
    .where(
      and(eq(dossierSteps.dossierId, d.id), eq(dossierSteps.round, d.round), eq(dossierSteps.stepNo, stepNo)),
    );
  return row ?? null;
}
