import { TRANSPARENCY_MONTHS, type TransparencyQuery, type TransparencyReport } from "@danvan/common";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { units } from "../../db/schema";
import { notFound } from "../../platform/errors";
import { ruleSetFor } from "../satisfaction/rules";
import { todayVn } from "../tasks/internal";
import { listPublicPromises } from "../tasks/public-promises";
import { figuresOf } from "./figures";
import { promiseCounts } from "./promise-counts";
import { publishedAnswers } from "./published-answers";

/** Levels that hold a People's Committee; hamlets and residential groups are not reported on. */
const REPORTED_TYPES = ["tinh", "thanh_pho", "huyen", "thi_xa", "xa", "phuong", "thi_tran", "dac_khu"];
const collator = new Intl.Collator("vi");

/** The day a year before `today`, plus one: twelve whole months ending today. */
function yearBefore(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - TRANSPARENCY_MONTHS);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The unit asked for, else the top of today's tree (the province). */
async function unitOf(db: Db, unitId: string | undefined) {
  const [unit] = await db
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(unitId ? eq(units.id, unitId) : and(isNull(units.parentId), isNull(units.validTo)))
    .orderBy(asc(units.depth), asc(units.code))
    .limit(1);
  if (!unit) {
    throw notFound("unit");
  }
  return unit;
}

/**
 * "Dân biết, dân kiểm tra" for anyone, no sign-in: a unit's satisfaction, on-time results and petition
 * handling over the last twelve months, each with its count and per unit below it; answers given in
 * public and promises made to the people. Counts only: no officer, applicant or petitioner leaves.
 */
export async function transparencyReport(db: Db, q: TransparencyQuery): Promise<TransparencyReport> {
  const unit = await unitOf(db, q.unitId);
  const to = todayVn();
  const from = yearBefore(to);
  const ancestorIds = unit.path.split("/").filter((x) => x && x !== unit.id);
  const ancestors = ancestorIds.length
    ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ancestorIds))
    : [];
  const children = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.parentId, unit.id), isNull(units.validTo), inArray(units.type, REPORTED_TYPES)))
    .limit(2000);
  const rules = await ruleSetFor(db, to);
  const figures = await figuresOf(db, { unitId: unit.id, path: unit.path, from, to }, rules.levelScores);
  const counts = await promiseCounts(db, unit.path, to);
  return {
    unit: { id: unit.id, name: unit.name },
    parents: ancestorIds.flatMap((id) => ancestors.filter((a) => a.id === id)),
    from,
    to,
    total: figures.total,
    children: children
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((c) => ({ unitId: c.id, unitName: c.name, ...figures.child(c.id) })),
    answers: await publishedAnswers(db, unit.path),
    promises: {
      ...counts,
      items: await listPublicPromises(db, { unitId: unit.id, limit: 10 }),
    },
    scoreVerified: rules.verified,
    scoreSource: rules.sourceRef,
    generatedAt: new Date().toISOString(),
  };
}
