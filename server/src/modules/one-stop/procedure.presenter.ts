import type { Procedure, ProcedureStatus, PublicProcedure } from "@danvan/common";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies } from "../../db/schema";
import type { ProcedureRow } from "./internal";

export function procedureStatus(p: Pick<ProcedureRow, "effectiveFrom" | "effectiveTo">, today: string) {
  const status: ProcedureStatus =
    p.effectiveFrom > today
      ? "upcoming"
      : p.effectiveTo !== null && p.effectiveTo < today
        ? "expired"
        : "in_force";
  return status;
}

/** Catalogue rows to the API shape, with each step's agency named. */
export async function presentProcedures(
  db: Db,
  rows: { p: ProcedureRow; unitName: string }[],
  today: string,
): Promise<Procedure[]> {
  const agencyIds = [...new Set(rows.flatMap((r) => r.p.steps.map((s) => s.agencyId)).filter((x) => !!x))];
  const names = new Map(
    agencyIds.length
      ? (
          await db
            .select({ id: agencies.id, name: agencies.name })
            .from(agencies)
            .where(inArray(agencies.id, agencyIds as string[]))
        ).map((a) => [a.id, a.name])
      : [],
  );
  return rows.map(({ p, unitName }) => ({
    id: p.id,
    unitId: p.unitId,
    unitName,
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    processingDays: p.processingDays,
    fees: p.fees,
    documents: p.documents,
    onlineLevel: p.onlineLevel,
    steps: p.steps.map((s, i) => ({
      stepNo: i + 1,
      name: s.name,
      agency: s.agencyId ? { id: s.agencyId, name: names.get(s.agencyId) ?? "" } : null,
      days: s.days,
    })),
    resultDocument: p.resultDocument,
    legalBasis: p.legalBasis,
    isPublished: p.isPublished,
    isPostedAtCounter: p.isPostedAtCounter,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo,
    status: procedureStatus(p, today),
    updatedAt: p.updatedAt.toISOString(),
  }));
}

export function toPublicProcedure(p: Procedure): PublicProcedure {
  const { isPublished: _p, isPostedAtCounter: _c, updatedAt: _u, ...rest } = p;
  return rest;
}
