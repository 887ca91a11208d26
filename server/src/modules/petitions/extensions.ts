import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { petitionEvents, ruleVersions } from "../../db/schema";
import { deadlineValue } from "../calendar/rules";
import type { StoredExtension } from "./deadlines";
import type { PetitionRow } from "./internal";

export type ExtensionState = { used: number; max: number; maxDays: number | null; ruleCode: string };

/** Extensions so far, oldest first, read from the `extend` events of the timeline. */
export async function extensionsOf(db: Db, ids: string[]): Promise<Map<string, StoredExtension[]>> {
  const out = new Map<string, StoredExtension[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) {
    return out;
  }
  const rows = await db
    .select({ petitionId: petitionEvents.petitionId, data: petitionEvents.data })
    .from(petitionEvents)
    .where(and(inArray(petitionEvents.petitionId, ids), eq(petitionEvents.type, "extend")))
    .orderBy(asc(petitionEvents.createdAt), asc(petitionEvents.id));
  for (const r of rows) {
    out.get(r.petitionId)?.push(r.data as StoredExtension);
  }
  return out;
}

/**
 * How far each accepted petition's resolution time may still be extended under the rule version its
 * deadline came from (Luật Tố cáo 2018 Đ.30 k.1: once, or twice for an especially complex case).
 */
export async function extensionStates(
  db: Db,
  rows: Pick<PetitionRow, "id" | "status" | "resolveRuleId">[],
): Promise<Map<string, ExtensionState>> {
  const accepted = rows.filter((p) => p.status === "accepted" && p.resolveRuleId);
  const out = new Map<string, ExtensionState>();
  if (accepted.length === 0) {
    return out;
  }
  const ruleIds = [...new Set(accepted.map((p) => p.resolveRuleId!))];
  const rules = await db.select().from(ruleVersions).where(inArray(ruleVersions.id, ruleIds));
  const used = await extensionsOf(
    db,
    accepted.map((p) => p.id),
  );
  for (const p of accepted) {
    const rule = rules.find((r) => r.id === p.resolveRuleId);
    if (!rule) {
      continue;
    }
    const value = deadlineValue(rule);
    out.set(p.id, {
      used: used.get(p.id)?.length ?? 0,
      max: value.maxExtensions,
      maxDays: value.extensionAmount ?? null,
      ruleCode: rule.code,
    });
  }
  return out;
}
