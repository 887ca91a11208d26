import type { CreateConsultationInput } from "@danvan/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roleGrants, staff, units } from "../../db/schema";
import { invalid } from "../../platform/errors";
import { PHASE_ORDER } from "./internal";

type Phases = CreateConsultationInput["phases"];

/** Phases in their legal order, each once, dates not running backwards. */
export function checkPhases(phases: Phases, path = "phases") {
  let lastIndex = -1;
  let lastDate = "";
  phases.forEach((p, i) => {
    const index = PHASE_ORDER.indexOf(p.phase);
    if (index <= lastIndex) {
      throw invalid(`${path}.${i}.phase`, "invalidValue");
    }
    if (p.startDate < lastDate || (p.endDate !== null && p.endDate < p.startDate)) {
      throw invalid(
        `${path}.${i}.${p.endDate !== null && p.endDate < p.startDate ? "endDate" : "startDate"}`,
        "validToBeforeFrom",
      );
    }
    lastIndex = index;
    lastDate = p.endDate ?? p.startDate;
  });
}

/** Concerned areas lie in the consultation's unit (or below it) and are still in force. */
export async function checkAreas(db: Db, unitPath: string, areas: CreateConsultationInput["areas"]) {
  const ids = [...new Set(areas.map((a) => a.unitId))];
  const rows = await db.select().from(units).where(inArray(units.id, ids));
  const byId = new Map(rows.map((u) => [u.id, u]));
  const seen = new Set<string>();
  areas.forEach((a, i) => {
    const u = byId.get(a.unitId);
    if (!u?.path.startsWith(unitPath) || u.validTo !== null) {
      throw invalid(`areas.${i}.unitId`, u?.validTo ? "unitRetired" : "notFound");
    }
    const key = `${a.unitId}:${a.hamlet ?? ""}`;
    if (seen.has(key)) {
      throw invalid(`areas.${i}.hamlet`, "consultationDuplicateRow");
    }
    seen.add(key);
  });
}

/** The responsible officer works in the unit; the directing leader holds a leader grant over it. */
export async function checkPeople(db: Db, unitPath: string, ownerId: string, directorId: string) {
  const [owner] = await db
    .select({ s: staff, path: units.path })
    .from(staff)
    .innerJoin(units, eq(units.id, staff.unitId))
    .where(eq(staff.id, ownerId));
  if (!owner?.s.isActive || !owner.path.startsWith(unitPath)) {
    throw invalid("ownerId", "assigneeOutsideUnit");
  }
  const grants = await db
    .select({ path: units.path })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .innerJoin(staff, eq(staff.id, roleGrants.staffId))
    .where(and(eq(roleGrants.staffId, directorId), eq(roleGrants.role, "leader"), eq(staff.isActive, true)));
  if (!grants.some((g) => unitPath.startsWith(g.path))) {
    throw invalid("directorId", "directorNotLeader");
  }
}
