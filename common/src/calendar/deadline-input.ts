import type { DayNumber } from "./day-number";
import { CalendarInputError } from "./errors";
import type { WorkingCalendarDays } from "./working-calendar";

export type DeadlineBasis = "working_days" | "calendar_days";

export interface DeadlinePause {
  from: string;
  /** Last paused day (inclusive); absent while the pause is still open. */
  to?: string;
  reason?: string;
}

export interface DeadlineExtension {
  amount: number;
  /** Defaults to the deadline's basis. */
  basis?: DeadlineBasis;
  reason: string;
}

/**
 * The longer period the law grants a complex case and/or a remote commune. It replaces the base
 * amount, because statutes state the total (Luật Khiếu nại 2011 Đ.28: 30 → 45 days, remote 45 → 60).
 */
export interface DeadlineVariant {
  complex?: boolean;
  remote?: boolean;
  amount: number;
  /** Required when `complex` is true: why the case is complex. */
  justification?: string;
}

export interface DeadlineInput {
  /** The event date (receipt, acceptance); counting starts the day after (Civil Code 2015 Art. 147). */
  start: string;
  amount: number;
  basis: DeadlineBasis;
  /** How to name the event in the explanation, e.g. { vi: "ngày thụ lý", en: "the acceptance date" }. */
  eventLabel?: { vi: string; en: string };
  pauses?: readonly DeadlinePause[];
  extensions?: readonly DeadlineExtension[];
  /** Most extensions the rule allows; without it at most 10 are accepted. */
  maxExtensions?: number;
  variant?: DeadlineVariant;
  /** The rule's name, the same in both languages or one per language. */
  ruleLabel?: string | { vi: string; en: string };
  /**
   * Today's date in Asia/Ho_Chi_Minh. Required while a pause is open: the open pause is counted up
   * to and including this day, so `due` is what it would be if the clock restarted tomorrow.
   */
  today?: string;
}

export const MAX_DEADLINE_AMOUNT = 3650;
const MAX_PAUSES = 50;
const DEFAULT_MAX_EXTENSIONS = 10;
const MAX_TEXT = 500;

export interface Segment {
  amount: number;
  basis: DeadlineBasis;
  /** Index in `extensions`, or -1 for the base period. */
  extension: number;
  reason?: string;
}

export interface MergedPause {
  from: DayNumber;
  to: DayNumber;
  isOpen: boolean;
}

export interface NormalizedDeadline {
  start: DayNumber;
  baseAmount: number;
  basis: DeadlineBasis;
  variant?: DeadlineVariant;
  segments: Segment[];
  pauses: MergedPause[];
  today?: DayNumber;
  eventLabel: { vi: string; en: string };
  ruleLabel?: { vi: string; en: string };
}

function fail(path: string, message: string): never {
  throw new CalendarInputError(path, `${path} ${message}`);
}

function checkAmount(value: unknown, path: string, min = 0): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > MAX_DEADLINE_AMOUNT) {
    fail(path, `must be an integer from ${min} to ${MAX_DEADLINE_AMOUNT}`);
  }
  return value;
}

function checkBasis(value: unknown, path: string): DeadlineBasis {
  if (value !== "working_days" && value !== "calendar_days") {
    fail(path, 'must be "working_days" or "calendar_days"');
  }
  return value;
}

function checkText(value: unknown, path: string, isRequired: boolean): string | undefined {
  if (value === undefined && !isRequired) {
    return undefined;
  }
  if (typeof value !== "string" || value.trim() === "" || value.length > MAX_TEXT) {
    fail(path, `must be text of 1 to ${MAX_TEXT} characters`);
  }
  return value;
}

function checkList<T>(value: unknown, path: string, max: number): readonly T[] {
  if (value === undefined) {
    return [];
  }
  if (!Array.isArray(value)) {
    fail(path, "must be a list");
  }
  if (value.length > max) {
    fail(path, `allows at most ${max} entries, got ${value.length}`);
  }
  return value as readonly T[];
}

function checkPauses(input: DeadlineInput, start: DayNumber, cal: WorkingCalendarDays) {
  const pauses = checkList<DeadlinePause>(input.pauses, "pauses", MAX_PAUSES);
  const hasOpen = pauses.some((p) => p?.to === undefined);
  const today = input.today === undefined && !hasOpen ? undefined : cal.parse(input.today, "today");
  const spans = pauses.map((p, i) => {
    const from = cal.parse(p?.from, `pauses[${i}].from`);
    if (from <= start) {
      fail(`pauses[${i}].from`, "must be after start: counting starts the day after the event");
    }
    checkText(p.reason, `pauses[${i}].reason`, false);
    if (p.to === undefined) {
      if (today === undefined || today < from) {
        fail("today", "must not be before the start of an open pause");
      }
      return { from, to: today, isOpen: true };
    }
    const to = cal.parse(p.to, `pauses[${i}].to`);
    if (to < from) {
      fail(`pauses[${i}].to`, "must not be before from");
    }
    return { from, to, isOpen: false };
  });
  spans.sort((a, b) => a.from - b.from);
  const merged: MergedPause[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.from <= last.to + 1) {
      last.to = Math.max(last.to, span.to);
      last.isOpen ||= span.isOpen;
    } else {
      merged.push({ ...span });
    }
  }
  return { merged, today };
}

/** Validates a deadline request against a calendar; every failure is a CalendarInputError with a path. */
export function normalizeDeadlineInput(input: DeadlineInput, cal: WorkingCalendarDays): NormalizedDeadline {
  if (typeof input !== "object" || input === null) {
    fail("input", "must be an object");
  }
  const start = cal.parse(input.start, "start");
  const baseAmount = checkAmount(input.amount, "amount");
  const basis = checkBasis(input.basis, "basis");
  let amount = baseAmount;
  const variant = input.variant;
  if (variant !== undefined) {
    if (variant.complex !== true && variant.remote !== true) {
      fail("variant", "must set complex and/or remote");
    }
    amount = checkAmount(variant.amount, "variant.amount", baseAmount);
    if (variant.complex === true) {
      checkText(variant.justification, "variant.justification", true);
    }
  }
  const maxExtensions =
    input.maxExtensions === undefined
      ? DEFAULT_MAX_EXTENSIONS
      : checkAmount(input.maxExtensions, "maxExtensions");
  const extensions = checkList<DeadlineExtension>(input.extensions, "extensions", maxExtensions);
  const segments: Segment[] = [{ amount, basis, extension: -1 }];
  extensions.forEach((e, i) => {
    segments.push({
      amount: checkAmount(e?.amount, `extensions[${i}].amount`, 1),
      basis: e.basis === undefined ? basis : checkBasis(e.basis, `extensions[${i}].basis`),
      extension: i,
      reason: checkText(e.reason, `extensions[${i}].reason`, true),
    });
  });
  const { merged, today } = checkPauses(input, start, cal);
  const eventLabel = input.eventLabel ?? { vi: "ngày", en: "" };
  checkText(eventLabel.vi, "eventLabel.vi", true);
  if (eventLabel.en !== "") {
    checkText(eventLabel.en, "eventLabel.en", true);
  }
  const normalized: NormalizedDeadline = {
    start,
    baseAmount,
    basis,
    segments,
    pauses: merged,
    eventLabel,
  };
  if (variant !== undefined) {
    normalized.variant = variant;
  }
  if (today !== undefined) {
    normalized.today = today;
  }
  const label = input.ruleLabel as unknown;
  if (label !== undefined && typeof label === "object" && label !== null) {
    const { vi, en } = label as { vi?: unknown; en?: unknown };
    normalized.ruleLabel = {
      vi: checkText(vi, "ruleLabel.vi", true) as string,
      en: checkText(en, "ruleLabel.en", true) as string,
    };
  } else {
    const ruleLabel = checkText(label, "ruleLabel", false);
    if (ruleLabel !== undefined) {
      normalized.ruleLabel = { vi: ruleLabel, en: ruleLabel };
    }
  }
  return normalized;
}
