import type { Locale } from "@danvan/common";
import {
  CalendarInputError,
  CalendarRangeError,
  computeDeadline,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineVariant,
  MAX_ISO_DATE,
  MIN_ISO_DATE,
  timeLeft,
} from "@danvan/common/calendar";
import type { Db } from "../../db/client";
import { invalid } from "../../platform/errors";
import { getUnitOrThrow } from "../directory";
import type { UnitRow } from "../directory/internal";
import { deadlineValue, type RuleRow, resolveRule } from "./rules";
import { calendarForDeadline } from "./working-calendars";

export type DeadlineRequest = {
  /** Event date (receipt, acceptance…), YYYY-MM-DD. */
  from: string;
  ruleId?: string;
  amount?: number;
  basis?: "working_days" | "calendar_days";
  unitId?: string;
  complex?: boolean;
  justification?: string;
  pauses?: DeadlinePause[];
  extensions?: DeadlineExtension[];
  today?: string;
};

/** Errors name the request field `from`, not the engine's `start` or `fromYear`, and come before any query. */
function checkFrom(from: string) {
  const parsed = new Date(`${from}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== from) {
    throw new CalendarInputError("from", `from "${from.slice(0, 40)}" is not a valid date YYYY-MM-DD`);
  }
  if (from < MIN_ISO_DATE || from > MAX_ISO_DATE) {
    throw new CalendarRangeError("from", from, MIN_ISO_DATE, MAX_ISO_DATE);
  }
}

/**
 * The lawful deadline and its explanation: the rule version in force on the event date, the unit's
 * weekend and remote-area flag, the complex-case variant, pauses and extensions, on the working calendar.
 */
export async function deadlineFor(
  db: Db,
  req: DeadlineRequest,
  locale: Locale,
  /** Rows the caller already read (the unit; the rule version in force on `req.from`): not read again. */
  known: { unit?: UnitRow; rule?: RuleRow } = {},
) {
  checkFrom(req.from);
  const unit = !req.unitId
    ? undefined
    : known.unit?.id === req.unitId
      ? known.unit
      : await getUnitOrThrow(db, req.unitId).catch(() => {
          throw invalid("unitId", "notFound");
        });
  let amount = req.amount;
  let basis = req.basis;
  let variant: DeadlineVariant | undefined;
  let maxExtensions: number | undefined;
  let ruleLabel: { vi: string; en: string } | undefined;
  let rule: { id: string; code: string; verified: boolean; sourceRef: string } | undefined;
  if (req.ruleId) {
    const row = known.rule?.id === req.ruleId ? known.rule : await resolveRule(db, req.ruleId, req.from);
    const value = deadlineValue(row);
    amount = value.amount;
    basis = value.basis;
    maxExtensions = value.maxExtensions;
    ruleLabel = { vi: `${row.nameVi} — ${row.sourceRef}`, en: `${row.nameEn} — ${row.sourceRef}` };
    rule = { id: row.id, code: row.code, verified: row.verified, sourceRef: row.sourceRef };
    const remote = !!unit?.isRemote;
    const v = value.variants;
    const variantAmount =
      req.complex && remote
        ? (v.remoteComplex ?? v.complex)
        : req.complex
          ? v.complex
          : remote
            ? v.remote
            : undefined;
    if (variantAmount !== undefined) {
      variant = { complex: !!req.complex, remote, amount: variantAmount, justification: req.justification };
    } else if (req.complex) {
      throw invalid("complex", "noComplexVariant");
    }
  }
  if (amount === undefined) {
    throw invalid("amount", "required");
  }
  if (!basis) {
    throw invalid("basis", "required");
  }
  const total = (variant?.amount ?? amount) + (req.extensions ?? []).reduce((s, e) => s + e.amount, 0);
  const calendar = await calendarForDeadline(db, unit, req.from, total);
  const input = {
    start: req.from,
    amount,
    basis,
    variant,
    pauses: req.pauses,
    extensions: req.extensions,
    maxExtensions,
    today: req.today,
  };
  // Both languages in one computation: the explanations are stored in both for the citizen's receipt.
  const result = computeDeadline({ ...input, ruleLabel }, calendar);
  const explanations = { vi: result.explanation.vi, en: result.explanation.en };
  const left = req.today && !result.paused ? timeLeft(result.due, req.today, calendar) : null;
  return {
    due: result.due,
    paused: result.paused,
    explanation: result.explanation[locale],
    explanations,
    steps: result.steps.map((s) => ({ code: s.code, text: s[locale] })),
    rule: rule ?? null,
    timeLeft: left,
  };
}
