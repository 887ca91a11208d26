import type { Dossier, DossierStep, Timeliness } from "@danvan/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, dossierSteps, procedures, staff } from "../../db/schema";
import type { DossierRow } from "./internal";

export type StepRow = typeof dossierSteps.$inferSelect;

async function namesOf(db: Db, table: typeof staff | typeof agencies, ids: (string | null)[]) {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  if (unique.length === 0) {
    return new Map<string, string>();
  }
  const rows =
    table === staff
      ? await db.select({ id: staff.id, name: staff.fullName }).from(staff).where(inArray(staff.id, unique))
      : await db
          .select({ id: agencies.id, name: agencies.name })
          .from(agencies)
          .where(inArray(agencies.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const named = (names: Map<string, string>, id: string | null) =>
  id ? { id, name: names.get(id) ?? "" } : null;

/** Whether the running deadline has passed: the appointment, or nothing once the result is ready. */
export function dossierOverdue(d: DossierRow, today: string): boolean {
  const running = ["received", "processing", "awaiting_approval"].includes(d.status);
  return running && d.appointmentDate !== null && d.appointmentDate < today;
}

/** Queue and list rows: the procedure, the step in progress and its handler, in three batched reads. */
export async function presentDossiers(
  db: Db,
  rows: { d: DossierRow; unitName: string }[],
  today: string,
): Promise<Dossier[]> {
  if (rows.length === 0) {
    return [];
  }
  const ids = rows.map((r) => r.d.id);
  const procs = await db
    .select({ id: procedures.id, code: procedures.code, name: procedures.name })
    .from(procedures)
    .where(inArray(procedures.id, [...new Set(rows.map((r) => r.d.procedureId))]));
  const procById = new Map(procs.map((p) => [p.id, p]));
  const active = await db
    .select()
    .from(dossierSteps)
    .where(and(inArray(dossierSteps.dossierId, ids), eq(dossierSteps.status, "active")));
  const stepByDossier = new Map(active.map((s) => [s.dossierId, s]));
  const people = await namesOf(
    db,
    staff,
    rows.map((r) => r.d.handlerId),
  );
  return rows.map(({ d, unitName }) => {
    const step = stepByDossier.get(d.id);
    return {
      id: d.id,
      code: d.code,
      unitId: d.unitId,
      unitName,
      procedure: procById.get(d.procedureId) ?? { id: d.procedureId, code: "", name: "" },
      channel: d.channel as "counter" | "online",
      status: d.status,
      applicantName: d.applicantName,
      filedDate: d.filedDate,
      receivedDate: d.receivedDate,
      appointmentDate: d.appointmentDate,
      currentStep: step ? { stepNo: step.stepNo, name: step.name, dueDate: step.dueDate } : null,
      handler: named(people, d.handlerId),
      isOverdue: dossierOverdue(d, today),
      timeliness: (d.timeliness as Timeliness | null) ?? null,
    };
  });
}

export async function presentSteps(db: Db, steps: StepRow[], today: string): Promise<DossierStep[]> {
  const people = await namesOf(
    db,
    staff,
    steps.map((s) => s.handlerId),
  );
  const bodies = await namesOf(
    db,
    agencies,
    steps.map((s) => s.agencyId),
  );
  return steps.map((s) => ({
    round: s.round,
    stepNo: s.stepNo,
    name: s.name,
    agency: named(bodies, s.agencyId),
    handler: named(people, s.handlerId),
    budgetDays: s.budgetDays,
    status: s.status as DossierStep["status"],
    startedDate: s.startedDate,
    dueDate: s.dueDate,
    completedDate: s.completedDate,
    timeliness: (s.timeliness as Timeliness | null) ?? null,
    isOverdue: s.status === "active" && s.dueDate !== null && s.dueDate < today,
  }));
}
