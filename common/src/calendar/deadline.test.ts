import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatIsoDate } from "./day-number";
import { computeDeadline, timeLeft } from "./deadline";
import type { DeadlineInput } from "./deadline-input";
import { CalendarInputError, CalendarRangeError } from "./errors";
import { buildWorkingCalendar } from "./working-calendar";

const calendar = buildWorkingCalendar({
  fromYear: 2025,
  toYear: 2027,
  overridesByYear: {
    // A hypothetical notice: Friday 02/01/2026 off, made up on Saturday 10/01/2026.
    2026: [
      { date: "2026-01-02", kind: "extra_day_off", name: "Nghỉ hoán đổi" },
      { date: "2026-01-10", kind: "working_day", name: "Làm bù cho ngày 02/01" },
    ],
  },
});

function due(input: DeadlineInput): string {
  return computeDeadline(input, calendar).due;
}

const MARCH_2 = { start: "2026-03-02", amount: 10, basis: "working_days" } as const;

describe("computeDeadline", () => {
  it("explains a complex complaint whose 45th day is a Sunday (Civil Code Art. 147, 148(5))", () => {
    const result = computeDeadline(
      {
        start: "2026-02-05",
        amount: 30,
        basis: "calendar_days",
        eventLabel: { vi: "ngày thụ lý", en: "the acceptance date" },
        variant: { complex: true, amount: 45, justification: "Nhiều người liên quan." },
      },
      calendar,
    );
    expect(result.due).toBe("2026-03-23");
    expect(result.paused).toBe(false);
    expect(result.explanation.vi).toBe(
      "30 ngày kể từ ngày thụ lý 05/02/2026 (bắt đầu tính từ 06/02/2026); vụ việc phức tạp: 45 ngày; " +
        "kết thúc vào Chủ nhật 22/03/2026, chuyển sang ngày làm việc tiếp theo thứ Hai 23/03/2026.",
    );
    expect(result.explanation.en).toBe(
      "30 days from the acceptance date 05/02/2026 (counting starts 06/02/2026); complex case: 45 days; " +
        "ends on Sunday 22/03/2026, moved to the next working day Monday 23/03/2026.",
    );
    expect(result.steps.map((s) => s.code)).toEqual(["start", "variant", "period_end", "rolled", "due"]);
    expect(result.steps.find((s) => s.code === "rolled")?.date).toBe("2026-03-23");
  });

  it("rolls a calendar-day deadline ending on 30/04/2026 past 01/05 and the weekend to Monday 04/05", () => {
    const result = computeDeadline({ start: "2026-04-20", amount: 10, basis: "calendar_days" }, calendar);
    expect(result.due).toBe("2026-05-04");
    expect(result.explanation.vi).toContain("kết thúc vào thứ Năm 30/04/2026 (Ngày Chiến thắng)");
  });

  it("puts the rule label first", () => {
    const ruleLabel = "Khiếu nại lần đầu — Luật Khiếu nại 2011 Đ.28";
    const result = computeDeadline({ ...MARCH_2, ruleLabel }, calendar);
    expect(result.explanation.vi.startsWith(`${ruleLabel}: 10 ngày làm việc kể từ ngày 02/03/2026`)).toBe(
      true,
    );
    expect(result.steps[0]).toEqual({ code: "rule", vi: ruleLabel, en: ruleLabel });
  });

  it("names the rule in each language when given one label per language", () => {
    const ruleLabel = { vi: "Khiếu nại lần đầu — Đ.28", en: "First complaint — Art. 28" };
    const result = computeDeadline({ ...MARCH_2, ruleLabel }, calendar);
    expect(result.explanation.vi.startsWith("Khiếu nại lần đầu — Đ.28: 10 ngày làm việc")).toBe(true);
    expect(result.explanation.en.startsWith("First complaint — Art. 28: 10 working days")).toBe(true);
    expect(result.steps[0]).toEqual({ code: "rule", ...ruleLabel });
  });

  it("skips Tết 2026 in a working-day deadline and says so", () => {
    const result = computeDeadline({ start: "2026-02-10", amount: 10, basis: "working_days" }, calendar);
    expect(result.due).toBe("2026-03-03");
    expect(result.steps.find((s) => s.code === "non_working_skipped")?.vi).toBe(
      "Không tính các ngày nghỉ: Tết Âm lịch 16/02/2026–20/02/2026; 6 ngày nghỉ hằng tuần.",
    );
  });

  it.each([
    ["2026-08-28", 5, "2026-09-08", "01/09 and 02/09/2026"],
    ["2026-04-23", 3, "2026-04-29", "Giỗ Tổ on Sunday 26/04 and compensatory Monday 27/04"],
    ["2026-04-28", 2, "2026-05-04", "30/04 and 01/05/2026"],
    ["2026-01-08", 2, "2026-01-10", "a make-up working Saturday"],
  ])("counts working days from %s + %i = %s across %s", (start, amount, expected) => {
    expect(due({ start, amount, basis: "working_days" })).toBe(expected);
  });

  it("reports the make-up Saturday it counted", () => {
    const result = computeDeadline({ start: "2026-01-08", amount: 2, basis: "working_days" }, calendar);
    expect(result.steps.find((s) => s.code === "make_up_counted")?.vi).toBe(
      "Có tính ngày làm bù: thứ Bảy 10/01/2026.",
    );
  });

  it("adds a closed pause in the same basis", () => {
    expect(due(MARCH_2)).toBe("2026-03-16");
    expect(due({ ...MARCH_2, pauses: [{ from: "2026-03-05", to: "2026-03-06" }] })).toBe("2026-03-18");
    const calendarDays = { start: "2026-03-02", amount: 30, basis: "calendar_days" } as const;
    expect(due(calendarDays)).toBe("2026-04-01");
    expect(due({ ...calendarDays, pauses: [{ from: "2026-03-10", to: "2026-03-14" }] })).toBe("2026-04-06");
  });

  it("merges overlapping pauses", () => {
    const result = computeDeadline(
      {
        ...MARCH_2,
        pauses: [
          { from: "2026-03-06", to: "2026-03-09" },
          { from: "2026-03-05", to: "2026-03-06" },
        ],
      },
      calendar,
    );
    expect(result.due).toBe("2026-03-19");
    expect(result.explanation.vi).toContain("tạm dừng 05/03/2026–09/03/2026 (không tính 3 ngày làm việc)");
  });

  it("counts an open pause up to today and marks the due date provisional", () => {
    const open = { ...MARCH_2, pauses: [{ from: "2026-03-09" }] };
    expect(() => computeDeadline(open, calendar)).toThrow(expect.objectContaining({ path: "today" }));
    expect(() => computeDeadline({ ...open, today: "2026-03-08" }, calendar)).toThrow(
      expect.objectContaining({ path: "today" }),
    );
    const result = computeDeadline({ ...open, today: "2026-03-10" }, calendar);
    expect(result).toMatchObject({ due: "2026-03-18", paused: true });
    expect(result.steps.map((s) => s.code)).toContain("pause_open");
  });

  it("ignores a pause that starts after the last counted day", () => {
    const result = computeDeadline(
      { ...MARCH_2, pauses: [{ from: "2026-03-17", to: "2026-03-20" }] },
      calendar,
    );
    expect(result.due).toBe("2026-03-16");
    expect(result.steps.map((s) => s.code)).toContain("pause_ignored");
  });

  it("applies extensions after the period, up to maxExtensions", () => {
    const extension = { amount: 5, reason: "Cần xác minh thêm" };
    expect(due({ ...MARCH_2, extensions: [extension], maxExtensions: 1 })).toBe("2026-03-23");
    expect(due({ ...MARCH_2, extensions: [{ amount: 7, basis: "calendar_days", reason: "x" }] })).toBe(
      "2026-03-23",
    );
    expect(() => due({ ...MARCH_2, extensions: [extension, extension], maxExtensions: 1 })).toThrow(
      expect.objectContaining({ path: "extensions", code: "CALENDAR_INPUT" }),
    );
  });

  it("replaces the amount with the remote or remote-and-complex period", () => {
    const base = { start: "2026-03-02", amount: 30, basis: "calendar_days" } as const;
    const remote = computeDeadline({ ...base, variant: { remote: true, amount: 45 } }, calendar);
    expect(remote.due).toBe("2026-04-16");
    expect(remote.explanation.vi).toContain("vùng sâu, vùng xa: 45 ngày");
    const both = { remote: true, complex: true, amount: 60, justification: "Phải trưng cầu giám định." };
    expect(computeDeadline({ ...base, variant: both }, calendar).explanation.en).toContain(
      "complex case in a remote area: 60 days",
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["an impossible date", { start: "2026-02-30" }, "start"],
    ["a non-ISO date", { start: "2026/02/03" }, "start"],
    ["a negative amount", { amount: -1 }, "amount"],
    ["a fractional amount", { amount: 1.5 }, "amount"],
    ["an amount over 3650", { amount: 3651 }, "amount"],
    ["an amount as text", { amount: "10" }, "amount"],
    ["an unknown basis", { basis: "days" }, "basis"],
    ["pauses that are not a list", { pauses: "x" }, "pauses"],
    [
      "a pause ending before it starts",
      { pauses: [{ from: "2026-03-10", to: "2026-03-09" }] },
      "pauses[0].to",
    ],
    [
      "a pause starting on the event day",
      { pauses: [{ from: "2026-03-02", to: "2026-03-03" }] },
      "pauses[0].from",
    ],
    ["an extension of 0 days", { extensions: [{ amount: 0, reason: "x" }] }, "extensions[0].amount"],
    ["an extension without reason", { extensions: [{ amount: 2 }] }, "extensions[0].reason"],
    [
      "a complex variant without justification",
      { variant: { complex: true, amount: 15 } },
      "variant.justification",
    ],
    ["a variant shorter than the base", { variant: { remote: true, amount: 5 } }, "variant.amount"],
    ["a variant with no flag", { variant: { amount: 15 } }, "variant"],
    ["an empty rule label", { ruleLabel: "" }, "ruleLabel"],
    ["a rule label missing its English", { ruleLabel: { vi: "Khiếu nại" } }, "ruleLabel.en"],
  ])("rejects %s", (_label, patch, path) => {
    const run = () => computeDeadline({ ...MARCH_2, ...patch } as DeadlineInput, calendar);
    expect(run).toThrow(CalendarInputError);
    expect(run).toThrow(expect.objectContaining({ path }));
  });

  it("rejects dates outside the calendar and deadlines that run past it", () => {
    expect(() => due({ ...MARCH_2, start: "2024-12-31" })).toThrow(
      expect.objectContaining({ path: "start", code: "CALENDAR_RANGE" }),
    );
    const late = () => due({ start: "2027-12-01", amount: 60, basis: "working_days" });
    expect(late).toThrow(CalendarRangeError);
    expect(late).toThrow(expect.objectContaining({ path: "amount" }));
    expect(() => due({ start: "2027-12-01", amount: 60, basis: "calendar_days" })).toThrow(
      expect.objectContaining({ path: "amount" }),
    );
  });
});

describe("timeLeft", () => {
  it.each([
    ["2026-02-13", { calendarDays: 18, workingDays: 7, overdue: false }],
    ["2026-03-03", { calendarDays: 0, workingDays: 0, overdue: false }],
    ["2026-03-05", { calendarDays: -2, workingDays: -2, overdue: true }],
  ])("on %s before a due date of 03/03/2026", (today, expected) => {
    expect(timeLeft("2026-03-03", today, calendar)).toEqual(expected);
  });
});

describe("deadline properties", () => {
  const start = fc.integer({ min: daysFromCivil(2025, 1, 2), max: daysFromCivil(2026, 12, 31) });
  const basis = fc.constantFrom("working_days" as const, "calendar_days" as const);
  const pause = fc.record({ offset: fc.integer({ min: 1, max: 120 }), length: fc.nat(30) });

  it("never shortens a deadline with pauses", () => {
    fc.assert(
      fc.property(start, fc.nat(90), basis, fc.array(pause, { maxLength: 4 }), (s, amount, b, spans) => {
        const input = { start: formatIsoDate(s), amount, basis: b };
        const pauses = spans.map((p) => ({
          from: formatIsoDate(s + p.offset),
          to: formatIsoDate(s + p.offset + p.length),
        }));
        expect(due({ ...input, pauses }) >= due(input)).toBe(true);
      }),
    );
  });

  it("ends a calendar-day deadline on the first working day on or after start + amount", () => {
    fc.assert(
      fc.property(start, fc.nat(365), (s, amount) => {
        const result = due({ start: formatIsoDate(s), amount, basis: "calendar_days" });
        expect(result >= formatIsoDate(s + amount)).toBe(true);
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(calendar.workingDaysBetween(formatIsoDate(s + amount), result)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("ends a working-day deadline on a working day exactly `amount` working days later", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 60 }), (s, amount) => {
        const result = due({ start: formatIsoDate(s), amount, basis: "working_days" });
        expect(calendar.isWorkingDay(result)).toBe(true);
        expect(calendar.workingDaysBetween(formatIsoDate(s), result)).toBe(amount);
      }),
    );
  });
});
