import type { ProcedureStepInput } from "@danvan/common";
import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { agencies, units } from "../../db/schema";
import { invalid } from "../../platform/errors";

const rootOf = (path: string) => path.split("/")[1] ?? "";

/**
 * Each step's agency must be active and belong to the same province as the procedure's unit: a commune
 * procedure may hand a step to a provincial department, never to another province.
 */
export async function checkStepAgencies(
  tx: Db,
  unitPath: string,
  steps: z.infer<typeof ProcedureStepInput>[],
) {
  const ids = [...new Set(steps.map((s) => s.agencyId).filter((x): x is string => !!x))];
  const rows = ids.length
    ? await tx
        .select({ id: agencies.id, isActive: agencies.isActive, unitPath: units.path })
        .from(agencies)
        .innerJoin(units, eq(units.id, agencies.unitId))
        .where(inArray(agencies.id, ids))
    : [];
  const ok = new Set(
    rows.filter((r) => r.isActive && rootOf(r.unitPath) === rootOf(unitPath)).map((r) => r.id),
  );
  for (const [i, s] of steps.entries()) {
    if (s.agencyId && !ok.has(s.agencyId)) {
      throw invalid(`steps.${i}.agencyId`, "onestopAgencyUnknown");
    }
  }
}
