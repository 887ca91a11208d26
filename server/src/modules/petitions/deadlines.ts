import type { Locale, PetitionKind } from "@danvan/common";
import type { Db } from "../../db/client";
import type { LocalizedText } from "../../db/schema";
import { precondition } from "../../platform/errors";
import { deadlineFor } from "../calendar/compute-deadline";
import { ruleInForce } from "../calendar/rules";
import type { UnitRow } from "../directory/internal";

/** The explanation is kept in both locales so each reader gets theirs (`explanationIn`). */
export type StoredDue = { due: string; ruleId: string; ruleCode: string; explanation: LocalizedText };

/** The stored explanation in the reader's locale; rows written before hold Vietnamese only. */
export function explanationIn(stored: LocalizedText | null, locale: Locale): string | null {
  if (!stored) {
    return null;
  }
  return (locale === "en" ? stored.en : stored.vi) ?? stored.vi;
}

/**
 * Rules for processing from receipt, in order of preference: a complaint must be accepted within the
 * Complaints Law limit (Đ.27, Đ.36), a denunciation processed within Luật Tố cáo Đ.24 k.1, anything else
 * within the petition-handling limit (TT 05/2021).
 */
export function processRuleCodes(kind: string, round: number, anonymous: boolean): string[] {
  if (kind === "complaint") {
    return [round === 2 ? "complaint.second.accept" : "complaint.first.accept", "petition.process"];
  }
  if (kind === "denunciation" && !anonymous) {
    return ["denunciation.initial", "petition.process"];
  }
  return ["petition.process"];
}

/**
 * Rules for resolution from acceptance. Recommendations and feedback have no single statutory limit
 * (NĐ 20/2008 leaves it to sector circulars): a `feedback.resolve` rule wins when an admin adds one,
 * else the 10-working-day reply of Luật TCD Đ.28 k.1 applies.
 */
export function resolveRuleCodes(kind: PetitionKind | string, round: number): string[] {
  if (kind === "complaint") {
    return [round === 2 ? "complaint.second.resolve" : "complaint.first.resolve"];
  }
  if (kind === "denunciation") {
    return ["denunciation.resolve"];
  }
  return ["feedback.resolve", "reception.reply"];
}

/** The first rule of the list in force on `from`, applied to the unit's calendar and remote-area flag. */
export async function dueByRules(
  db: Db,
  codes: string[],
  opts: { from: string; unitId: string; unit?: UnitRow; complex?: boolean; justification?: string },
  locale: Locale,
): Promise<StoredDue> {
  for (const code of codes) {
    const rule = await ruleInForce(db, code, opts.from).catch(() => null);
    if (!rule) {
      continue;
    }
    const d = await deadlineFor(
      db,
      {
        from: opts.from,
        ruleId: rule.id,
        unitId: opts.unitId,
        complex: opts.complex,
        justification: opts.justification,
      },
      locale,
      { unit: opts.unit, rule },
    );
    return { due: d.due, ruleId: rule.id, ruleCode: rule.code, explanation: d.explanations };
  }
  throw precondition("petitionNoRule", { code: codes.join(", ") });
}

/** The signer count from which a petition is a group petition (TT 07/2014 Đ.6 k.4: 5 or more). */
export async function groupThreshold(db: Db, onDate: string): Promise<number> {
  const rule = await ruleInForce(db, "petition.group_signers", onDate).catch(() => null);
  return Number((rule?.value as { max?: number } | undefined)?.max ?? 5);
}

/** One extension of a resolution time as kept on the timeline (`extend` events). */
export type StoredExtension = { days: number; decisionNo: string; decisionDate: string };

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/**
 * The resolution deadline recomputed from acceptance with the same rule version, complex flag and unit,
 * plus every extension so far; each extension names its decision in the reader's language.
 */
export async function extendedDue(
  db: Db,
  p: {
    acceptedDate: string;
    resolveRuleId: string;
    unitId: string;
    isComplex: boolean;
    complexJustification: string | null;
  },
  extensions: StoredExtension[],
): Promise<Omit<StoredDue, "ruleCode">> {
  const reasons = {
    vi: (e: StoredExtension, i: number) =>
      `lần ${i + 1}, theo QĐ số ${e.decisionNo} ngày ${dmy(e.decisionDate)}`,
    en: (e: StoredExtension, i: number) =>
      `extension ${i + 1}, decision no. ${e.decisionNo} of ${dmy(e.decisionDate)}`,
  };
  const explain = (locale: "vi" | "en") =>
    deadlineFor(
      db,
      {
        from: p.acceptedDate,
        ruleId: p.resolveRuleId,
        unitId: p.unitId,
        complex: p.isComplex,
        justification: p.complexJustification ?? undefined,
        extensions: extensions.map((e, i) => ({ amount: e.days, reason: reasons[locale](e, i) })),
      },
      locale,
    );
  const vi = await explain("vi");
  const en = await explain("en");
  return { due: vi.due, ruleId: p.resolveRuleId, explanation: { vi: vi.explanation, en: en.explanation } };
}
