import type { RuleVersion } from "@danvan/common";
import type { TFunction } from "i18next";

type Status = "in_force" | "past" | "future";

/** Whether a version applies today, applied before, or starts later. */
export function versionStatus(
  rule: Pick<RuleVersion, "effectiveFrom" | "effectiveTo">,
  today: string,
): Status {
  if (rule.effectiveFrom > today) {
    return "future";
  }
  return rule.effectiveTo !== null && rule.effectiveTo < today ? "past" : "in_force";
}

const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/** A rule's value in words with its unit: "10 ngày làm việc; phức tạp: 45", "1 ngày/tuần", "≥ 2/3 tổng số hộ". */
export function ruleValueText(rule: Pick<RuleVersion, "kind" | "value">, t: TFunction): string {
  const v = rule.value;
  switch (rule.kind) {
    case "deadline": {
      const basis = v.basis === "working_days" ? "working_days" : "calendar_days";
      const parts = [t(`calendar.rules.amount.${basis}`, { count: num(v.amount) })];
      const variants = (v.variants ?? {}) as Record<string, unknown>;
      for (const key of ["complex", "remote", "remoteComplex"]) {
        if (variants[key] !== undefined) {
          parts.push(`${t(`calendar.rules.variant.${key}`)}: ${num(variants[key])}`);
        }
      }
      if (num(v.maxExtensions) > 0) {
        parts.push(
          t("calendar.rules.extensions", {
            count: num(v.maxExtensions),
            amount: num(v.extensionAmount ?? 0),
          }),
        );
      }
      return parts.join("; ");
    }
    case "frequency":
      return t(`calendar.rules.per.${v.per === "week" ? "week" : "month"}`, { count: num(v.count) });
    case "threshold":
      return t(`calendar.rules.threshold.${v.strict ? "strict" : "atLeast"}`, {
        fraction: `${num(v.numerator)}/${num(v.denominator)}`,
        base: t(`calendar.rules.base.${v.base === "villages" ? "villages" : "all_households"}`),
      });
    case "limit":
      return t("calendar.rules.max", { count: num(v.max) });
  }
}

/** The group a rule belongs to on the rules page, from the first part of its code. */
export function ruleCategory(code: string): string {
  return code.split(".")[0] ?? code;
}
