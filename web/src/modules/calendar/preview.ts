import type { RuleVersion, Unit } from "@danvan/common";
import { DeadlineRuleValue } from "@danvan/common";
import {
  buildWorkingCalendar,
  computeDeadline,
  type DeadlineVariant,
  type HolidayOverride,
} from "@danvan/common/calendar";
import type { Basis, YearView } from "./calendar-types";

export type PreviewInput = {
  from: string;
  amount: number;
  basis: Basis;
  variant?: DeadlineVariant;
  ruleLabel?: string;
};

export type Preview = {
  due: string;
  explanation: { vi: string; en: string };
  steps: { code: string; vi: string; en: string }[];
};

/**
 * The same engine as the server, run on the calendar the server sent for these consecutive years (its
 * notices are the year views' extra days off and make-up days). Null when the answer needs other years.
 */
export function previewDeadline(input: PreviewInput, views: YearView[]): Preview | null {
  const sorted = [...views].sort((a, b) => a.year - b.year);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) {
    return null;
  }
  const overridesByYear: Record<number, HolidayOverride[]> = {};
  for (const view of sorted) {
    overridesByYear[view.year] = view.days.flatMap((d) =>
      d.kind === "extra_day_off" || d.kind === "working_day"
        ? [{ date: d.date, kind: d.kind, name: d.name, nameEn: d.nameEn ?? d.name }]
        : [],
    );
  }
  try {
    const calendar = buildWorkingCalendar({
      fromYear: first.year,
      toYear: last.year,
      weekend: first.weekend,
      overridesByYear,
    });
    const { from, ...rest } = input;
    const result = computeDeadline({ start: from, ...rest }, calendar);
    return { due: result.due, explanation: result.explanation, steps: result.steps };
  } catch {
    // Out of the loaded years or not yet valid input: the server's answer will tell.
    return null;
  }
}

/** The version of a rule in force on the event date: the law at the time of the event applies. */
export function ruleOn(rules: readonly RuleVersion[], code: string, onDate: string): RuleVersion | undefined {
  return rules.find(
    (r) =>
      r.code === code && r.effectiveFrom <= onDate && (r.effectiveTo === null || r.effectiveTo >= onDate),
  );
}

/**
 * A rule's amount and basis for a case, as the server picks them: the law states the longer total for a
 * complex case or a remote commune (Luật Khiếu nại 2011 Đ.28), so the variant replaces the amount.
 */
export function ruleTerms(
  rule: RuleVersion,
  opts: { complex: boolean; justification?: string; unit?: Unit },
): Pick<PreviewInput, "amount" | "basis" | "variant"> | null {
  const parsed = DeadlineRuleValue.safeParse(rule.value);
  if (!parsed.success) {
    return null;
  }
  const v = parsed.data;
  const remote = opts.unit?.isRemote === true;
  const { complex } = opts;
  const variants = v.variants;
  const amount =
    complex && remote
      ? (variants.remoteComplex ?? variants.complex)
      : complex
        ? variants.complex
        : remote
          ? variants.remote
          : undefined;
  if (complex && amount === undefined) {
    return null;
  }
  const variant =
    amount === undefined ? undefined : { complex, remote, amount, justification: opts.justification };
  return { amount: v.amount, basis: v.basis, variant };
}

/** True when the rule gives a complex-case variant, so the calculator offers the "complex" box. */
export function hasComplexVariant(rule: RuleVersion | undefined): boolean {
  const parsed = rule ? DeadlineRuleValue.safeParse(rule.value) : undefined;
  return parsed?.success === true && parsed.data.variants.complex !== undefined;
}
