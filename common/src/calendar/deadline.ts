import type { DayNumber } from "./day-number";
import {
  type DeadlineBasis,
  type DeadlineInput,
  type NormalizedDeadline,
  normalizeDeadlineInput,
  type Segment,
} from "./deadline-input";
import {
  amountText,
  type Bilingual,
  dayText,
  endText,
  pauseText,
  skippedDaysText,
  variantText,
} from "./deadline-text";
import { CalendarRangeError } from "./errors";
import type { WorkingCalendar, WorkingCalendarDays } from "./working-calendar";

export type DeadlineStepCode =
  | "rule"
  | "start"
  | "variant"
  | "pause"
  | "pause_open"
  | "pause_ignored"
  | "extension"
  | "period_end"
  | "rolled"
  | "non_working_skipped"
  | "make_up_counted"
  | "due";

export interface DeadlineStep extends Bilingual {
  code: DeadlineStepCode;
  /** The day the step is about (YYYY-MM-DD), when there is one. */
  date?: string;
}

export interface DeadlineResult {
  /** The last day of the deadline (it ends at 24:00 that day). Provisional while `paused`. */
  due: string;
  /** True while an open pause stops the clock: `due` assumes the pause ends on `today`. */
  paused: boolean;
  explanation: Bilingual;
  steps: DeadlineStep[];
}

export interface TimeLeft {
  /** due − today in calendar days; negative once overdue. */
  calendarDays: number;
  /** Working days in (today, due]; when overdue, minus the working days in (due, today]. */
  workingDays: number;
  overdue: boolean;
}

/** Counted days in (a, b]. */
function countDays(cal: WorkingCalendarDays, basis: DeadlineBasis, a: DayNumber, b: DayNumber): number {
  if (b <= a) {
    return 0;
  }
  return basis === "working_days" ? cal.workingDaysBetween(a, b) : b - a;
}

function advance(cal: WorkingCalendarDays, basis: DeadlineBasis, from: DayNumber, n: number): DayNumber {
  if (basis === "working_days") {
    return cal.addWorkingDays(from, n);
  }
  if (from + n > cal.last) {
    throw new CalendarRangeError("amount", "", cal.format(cal.first), cal.format(cal.last));
  }
  return from + n;
}

class Trace {
  readonly sentence: Bilingual[] = [];
  readonly steps: DeadlineStep[] = [];

  constructor(private readonly cal: WorkingCalendarDays) {}

  step(code: DeadlineStepCode, text: Bilingual, dn?: DayNumber): void {
    this.steps.push(dn === undefined ? { code, ...text } : { code, ...text, date: this.cal.format(dn) });
  }
}

function traceSegmentEnd(
  trace: Trace,
  cal: WorkingCalendarDays,
  segment: Segment,
  raw: DayNumber,
  end: DayNumber,
) {
  trace.sentence.push(endText(cal, raw, end));
  const rawDay = dayText(cal, raw);
  const of =
    segment.extension >= 0
      ? { vi: ` của lần gia hạn ${segment.extension + 1}`, en: ` of extension ${segment.extension + 1}` }
      : { vi: "", en: "" };
  trace.step(
    "period_end",
    segment.amount === 0
      ? {
          vi: `Thời hạn 0 ngày kết thúc ngay ${rawDay.vi}.`,
          en: `A 0-day period ends on ${rawDay.en} itself.`,
        }
      : {
          vi: `Ngày thứ ${segment.amount}${of.vi} là ${rawDay.vi}.`,
          en: `Day ${segment.amount}${of.en} is ${rawDay.en}.`,
        },
    raw,
  );
  if (end !== raw) {
    const endDay = dayText(cal, end);
    trace.step(
      "rolled",
      {
        vi: `Hạn rơi vào ngày nghỉ nên chuyển sang ngày làm việc tiếp theo ${endDay.vi} (BLDS 2015 Đ.148 k.5).`,
        en: `The period ends on a day off, so it moves to the next working day ${endDay.en} (Civil Code 2015 Art. 148(5)).`,
      },
      end,
    );
  }
}

function walk(
  n: NormalizedDeadline,
  cal: WorkingCalendarDays,
  trace: Trace,
): { due: DayNumber; paused: boolean } {
  let cursor = n.start;
  let next = 0;
  let paused = false;
  for (const segment of n.segments) {
    const { basis } = segment;
    if (segment.extension >= 0) {
      const amount = amountText(segment.amount, basis);
      const text = {
        vi: `gia hạn thêm ${amount.vi} (${segment.reason})`,
        en: `extended by ${amount.en} (${segment.reason})`,
      };
      trace.sentence.push(text);
      trace.step("extension", {
        vi: `Gia hạn lần ${segment.extension + 1}: ${text.vi}.`,
        en: `Extension ${segment.extension + 1}: ${text.en}.`,
      });
    }
    let remaining = segment.amount;
    let raw = advance(cal, basis, cursor, remaining);
    for (let pause = n.pauses[next]; pause !== undefined && pause.from <= raw; pause = n.pauses[++next]) {
      remaining -= countDays(cal, basis, cursor, pause.from - 1);
      const skipped = countDays(cal, basis, Math.max(cursor, pause.from - 1), pause.to);
      cursor = Math.max(cursor, pause.to);
      raw = advance(cal, basis, cursor, remaining);
      paused ||= pause.isOpen;
      const text = pauseText(cal, pause, skipped, basis);
      trace.sentence.push(text);
      const step = { vi: `${capitalize(text.vi)}.`, en: `${capitalize(text.en)}.` };
      trace.step(pause.isOpen ? "pause_open" : "pause", step, pause.from);
    }
    // Civil Code 2015 Art. 148(5): a period ending on a day off ends on the next working day.
    const end = cal.rollForward(raw);
    traceSegmentEnd(trace, cal, segment, raw, end);
    cursor = end;
  }
  for (const pause of n.pauses.slice(next)) {
    const text = {
      vi: `tạm dừng từ ${cal.formatVn(pause.from)} không làm thay đổi thời hạn vì bắt đầu sau ngày cuối cùng được tính`,
      en: `the pause from ${cal.formatVn(pause.from)} does not change the deadline: it starts after the last counted day`,
    };
    trace.sentence.push(text);
    trace.step("pause_ignored", { vi: `${capitalize(text.vi)}.`, en: `${capitalize(text.en)}.` }, pause.from);
  }
  return { due: cursor, paused };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Computes a statutory deadline (Civil Code 2015 Art. 147–148) with pauses, extensions and the
 * complex/remote variant, and explains each step in Vietnamese and English.
 */
export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar): DeadlineResult {
  const cal = calendar.days;
  const n = normalizeDeadlineInput(input, cal);
  const trace = new Trace(cal);
  const base = amountText(n.baseAmount, n.basis);
  const event = { vi: n.eventLabel.vi, en: n.eventLabel.en === "" ? "" : `${n.eventLabel.en} ` };
  const lead = {
    vi: `${base.vi} kể từ ${event.vi} ${cal.formatVn(n.start)} (bắt đầu tính từ ${cal.formatVn(n.start + 1)})`,
    en: `${base.en} from ${event.en}${cal.formatVn(n.start)} (counting starts ${cal.formatVn(n.start + 1)})`,
  };
  if (n.ruleLabel !== undefined) {
    trace.step("rule", { vi: n.ruleLabel.vi, en: n.ruleLabel.en });
    lead.vi = `${n.ruleLabel.vi}: ${lead.vi}`;
    lead.en = `${n.ruleLabel.en}: ${lead.en}`;
  }
  trace.sentence.push(lead);
  trace.step(
    "start",
    {
      vi: `Không tính ${event.vi} ${cal.formatVn(n.start)}; bắt đầu tính từ ${cal.formatVn(n.start + 1)} (BLDS 2015 Đ.147).`,
      en: `${capitalize(event.en)}${cal.formatVn(n.start)} is not counted; counting starts on ${cal.formatVn(n.start + 1)} (Civil Code 2015 Art. 147).`,
    },
    n.start + 1,
  );
  if (n.variant !== undefined) {
    const label = variantText(n.variant);
    const amount = amountText(n.variant.amount, n.basis);
    const why = n.variant.justification === undefined ? "" : ` ${n.variant.justification}`;
    trace.sentence.push({ vi: `${label.vi}: ${amount.vi}`, en: `${label.en}: ${amount.en}` });
    trace.step("variant", {
      vi: `Áp dụng thời hạn ${label.vi}: ${amount.vi} thay cho ${base.vi}.${why}`,
      en: `The ${label.en} period applies: ${amount.en} instead of ${base.en}.${why}`,
    });
  }
  let result: { due: DayNumber; paused: boolean };
  try {
    result = walk(n, cal, trace);
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      const message = `the deadline ends after ${error.max}, the last day of the working calendar`;
      throw new CalendarRangeError("amount", "", error.min, error.max, message);
    }
    throw error;
  }
  if (n.segments.some((s) => s.basis === "working_days")) {
    const { skipped, madeUp } = skippedDaysText(cal, n.start, result.due);
    if (skipped !== undefined) {
      trace.step("non_working_skipped", skipped);
    }
    if (madeUp !== undefined) {
      trace.step("make_up_counted", madeUp);
    }
  }
  const dueDay = dayText(cal, result.due);
  trace.step(
    "due",
    {
      vi: `Hạn cuối: hết ngày ${dueDay.vi}${result.paused ? " (tạm tính, đang tạm dừng)" : ""}.`,
      en: `Due: end of ${dueDay.en}${result.paused ? " (provisional while paused)" : ""}.`,
    },
    result.due,
  );
  return {
    due: cal.format(result.due),
    paused: result.paused,
    explanation: {
      vi: `${trace.sentence.map((s) => s.vi).join("; ")}.`,
      en: `${capitalize(trace.sentence.map((s) => s.en).join("; "))}.`,
    },
    steps: trace.steps,
  };
}

/** Time left until a due date as seen on `today` (Asia/Ho_Chi_Minh date), for boards and reminders. */
export function timeLeft(due: string, today: string, calendar: WorkingCalendar): TimeLeft {
  const cal = calendar.days;
  const dueDn = cal.parse(due, "due");
  const todayDn = cal.parse(today, "today");
  return {
    calendarDays: dueDn - todayDn,
    workingDays: cal.workingDaysBetween(todayDn, dueDn),
    overdue: todayDn > dueDn,
  };
}
