import { FrequencyRuleValue, type FrequencyWarning, type HostRole } from "@danvan/common";
import { and, asc, inArray, isNull, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { ruleVersions, units } from "../../db/schema";
import type { HostedOccurrence } from "./collect-occurrences";
import { wholePeriods } from "./occurrences";
import type { ScheduleWithNames } from "./schedule.presenter";

const COUNTED = new Set(["periodic", "online"]);

/**
 * Checks each leader's reception days against the minimum in force for their office, period by period
 * (Luật TCD 2013 Đ.12 k.5, Đ.13 k.5, Đ.15 k.2 d, Đ.18 k.2; Luật 136/2025 from 01/07/2026). The number
 * is the rule version in force at the start of each period; an office with no rule then (the district
 * after 01/07/2025) is not checked. Ad hoc sessions do not count toward the periodic minimum.
 */
export async function frequencyWarnings(
  db: Db,
  schedules: ScheduleWithNames[],
  occurrences: HostedOccurrence[],
  from: string,
  to: string,
): Promise<FrequencyWarning[]> {
  const hosts = new Map<string, { name: string; role: HostRole }>();
  for (const s of schedules) {
    if (s.s.kind === "leader" && s.s.hostId && s.s.hostRole) {
      hosts.set(s.s.hostId, { name: s.hostName ?? "", role: s.s.hostRole as HostRole });
    }
  }
  if (hosts.size === 0) {
    return [];
  }
  const codes = [...new Set([...hosts.values()].map((h) => `reception.frequency.${h.role}`))];
  const versions = await db
    .select()
    .from(ruleVersions)
    .where(inArray(ruleVersions.code, codes))
    .orderBy(asc(ruleVersions.effectiveFrom));
  const inForce = (code: string, date: string) =>
    versions.find(
      (v) => v.code === code && v.effectiveFrom <= date && (v.effectiveTo === null || v.effectiveTo >= date),
    );
  const warnings: FrequencyWarning[] = [];
  for (const [hostId, host] of hosts) {
    const code = `reception.frequency.${host.role}`;
    const days = new Set(
      occurrences.filter((o) => o.hostId === hostId && COUNTED.has(o.sessionType)).map((o) => o.date),
    );
    for (const per of ["month", "week"] as const) {
      for (const period of wholePeriods(per, from, to)) {
        const rule = inForce(code, period.from);
        const value = rule ? FrequencyRuleValue.safeParse(rule.value) : null;
        if (!rule || !value?.success || value.data.per !== per) {
          continue;
        }
        const planned = [...days].filter((d) => d >= period.from && d <= period.to).length;
        if (planned < value.data.count) {
          warnings.push({
            hostId,
            hostName: host.name,
            hostRole: host.role,
            period: period.key,
            planned,
            required: value.data.count,
            per,
            ruleCode: code,
            sourceRef: rule.sourceRef,
            verified: rule.verified,
          });
        }
      }
    }
  }
  return warnings;
}

/** The office whose minimum applies to the head of a unit of this type (two-tier government). */
const ROLE_OF_UNIT_TYPE: Record<string, HostRole> = {
  tinh: "province_chair",
  xa: "commune_chair",
  phuong: "commune_chair",
  dac_khu: "commune_chair",
  thi_tran: "commune_chair",
};

/**
 * Units in force whose chairman must hold periodic reception days (Luật TCD 2013 Đ.12, Đ.15) but has
 * no leader schedule in the period: a missing schedule is the first thing to fix.
 */
export async function unitsWithoutSchedule(db: Db, where: SQL | undefined, schedules: ScheduleWithNames[]) {
  const scheduled = new Set(schedules.filter((s) => s.s.kind === "leader").map((s) => s.s.unitId));
  const rows = await db
    .select({ id: units.id, name: units.name, type: units.type })
    .from(units)
    .where(and(where, isNull(units.validTo), inArray(units.type, Object.keys(ROLE_OF_UNIT_TYPE))))
    .orderBy(units.path)
    .limit(300);
  return rows
    .filter((u) => !scheduled.has(u.id))
    .map((u) => ({ unitId: u.id, unitName: u.name, hostRole: ROLE_OF_UNIT_TYPE[u.type]! }));
}
