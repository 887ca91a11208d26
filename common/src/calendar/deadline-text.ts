import { type DayNumber, isoWeekday } from "./day-number";
import type { DeadlineBasis, DeadlineVariant, MergedPause } from "./deadline-input";
import type { WorkingCalendarDays } from "./working-calendar";

/** A sentence in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

const WEEKDAY_VI = ["", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"];
const WEEKDAY_EN = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function amountText(amount: number, basis: DeadlineBasis): Bilingual {
  const isWorking = basis === "working_days";
  return {
    vi: `${amount} ${isWorking ? "ngày làm việc" : "ngày"}`,
    en: `${amount} ${isWorking ? "working day" : "day"}${amount === 1 ? "" : "s"}`,
  };
}

/** "thứ Hai 23/03/2026" / "Monday 23/03/2026", with the holiday name when the day has one. */
export function dayText(cal: WorkingCalendarDays, dn: DayNumber): Bilingual {
  const weekday = isoWeekday(dn);
  const date = cal.formatVn(dn);
  const entry = cal.entry(dn);
  const note = entry === undefined || entry.kind === "working_day" ? undefined : entry;
  return {
    vi: `${WEEKDAY_VI[weekday]} ${date}${note === undefined ? "" : ` (${note.name})`}`,
    en: `${WEEKDAY_EN[weekday]} ${date}${note === undefined ? "" : ` (${note.nameEn})`}`,
  };
}

export function variantText(variant: DeadlineVariant): Bilingual {
  if (variant.complex === true && variant.remote === true) {
    return { vi: "vụ việc phức tạp ở vùng sâu, vùng xa", en: "complex case in a remote area" };
  }
  return variant.complex === true
    ? { vi: "vụ việc phức tạp", en: "complex case" }
    : { vi: "vùng sâu, vùng xa", en: "remote area" };
}

/** "16/02/2026" or "16/02/2026–20/02/2026". */
export function spanText(cal: WorkingCalendarDays, from: DayNumber, to: DayNumber): string {
  return from === to ? cal.formatVn(from) : `${cal.formatVn(from)}–${cal.formatVn(to)}`;
}

/**
 * Summarises the special days inside (from, to] for a working-day count: named days off grouped into
 * runs, weekly rest days as a number, and make-up working days that were counted.
 */
export function skippedDaysText(
  cal: WorkingCalendarDays,
  from: DayNumber,
  to: DayNumber,
): { skipped?: Bilingual; madeUp?: Bilingual } {
  const runs: Array<{ from: DayNumber; to: DayNumber; name: string; nameEn: string }> = [];
  const madeUp: DayNumber[] = [];
  let namedOff = 0;
  for (const entry of cal.entriesBetween(from, to)) {
    if (entry.kind === "working_day") {
      madeUp.push(entry.dn);
      continue;
    }
    namedOff += 1;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.to === entry.dn - 1 && last.name === entry.name) {
      last.to = entry.dn;
    } else {
      runs.push({ from: entry.dn, to: entry.dn, name: entry.name, nameEn: entry.nameEn });
    }
  }
  const weekly = to - from - cal.workingDaysBetween(from, to) - namedOff;
  const vi = runs.map((r) => `${r.name} ${spanText(cal, r.from, r.to)}`);
  const en = runs.map((r) => `${r.nameEn} ${spanText(cal, r.from, r.to)}`);
  if (weekly > 0) {
    vi.push(`${weekly} ngày nghỉ hằng tuần`);
    en.push(`${weekly} weekly rest day${weekly === 1 ? "" : "s"}`);
  }
  const result: { skipped?: Bilingual; madeUp?: Bilingual } = {};
  if (vi.length > 0) {
    result.skipped = {
      vi: `Không tính các ngày nghỉ: ${vi.join("; ")}.`,
      en: `Days off not counted: ${en.join("; ")}.`,
    };
  }
  if (madeUp.length > 0) {
    result.madeUp = {
      vi: `Có tính ngày làm bù: ${madeUp.map((dn) => dayText(cal, dn).vi).join(", ")}.`,
      en: `Make-up working days counted: ${madeUp.map((dn) => dayText(cal, dn).en).join(", ")}.`,
    };
  }
  return result;
}

export function pauseText(
  cal: WorkingCalendarDays,
  pause: MergedPause,
  skipped: number,
  basis: DeadlineBasis,
): Bilingual {
  const unit = amountText(skipped, basis);
  if (pause.isOpen) {
    return {
      vi: `đang tạm dừng từ ${cal.formatVn(pause.from)}, tạm tính đến hôm nay ${cal.formatVn(pause.to)}`,
      en: `paused since ${cal.formatVn(pause.from)}, provisionally counted up to today ${cal.formatVn(pause.to)}`,
    };
  }
  return {
    vi: `tạm dừng ${spanText(cal, pause.from, pause.to)} (không tính ${unit.vi})`,
    en: `paused ${spanText(cal, pause.from, pause.to)} (${unit.en} not counted)`,
  };
}

export function endText(cal: WorkingCalendarDays, raw: DayNumber, end: DayNumber): Bilingual {
  const rawDay = dayText(cal, raw);
  if (raw === end) {
    return { vi: `kết thúc vào ${rawDay.vi}`, en: `ends on ${rawDay.en}` };
  }
  const endDay = dayText(cal, end);
  return {
    vi: `kết thúc vào ${rawDay.vi}, chuyển sang ngày làm việc tiếp theo ${endDay.vi}`,
    en: `ends on ${rawDay.en}, moved to the next working day ${endDay.en}`,
  };
}
