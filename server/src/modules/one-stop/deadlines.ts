import type { Locale, Timeliness } from "@danvan/common";
import type { Db } from "../../db/client";
import { precondition } from "../../platform/errors";
import { deadlineFor } from "../calendar/compute-deadline";
import { deadlineValue, ruleInForce } from "../calendar/rules";
import { calendarForDeadline } from "../calendar/working-calendars";

/**
 * The appointment date (ngày hẹn trả) for a procedure of `days` working days received on `from`, on
 * the unit's working calendar. A procedure of 0 days returns its result the same day (NĐ 61/2018 Đ.17 k.4).
 */
export async function appointmentFor(
  db: Db,
  opts: { from: string; days: number; unitId: string },
  locale: Locale,
): Promise<{ due: string; explanation: string }> {
  if (opts.days === 0) {
    return { due: opts.from, explanation: "Trả kết quả ngay trong ngày tiếp nhận" };
  }
  const d = await deadlineFor(
    db,
    { from: opts.from, amount: opts.days, basis: "working_days", unitId: opts.unitId },
    locale,
  );
  return { due: d.due, explanation: d.explanations.vi };
}

/** The number of a rule in force on a date, or a 412 naming the rule when an admin removed it. */
export async function ruleAmount(db: Db, code: string, onDate: string): Promise<number> {
  const rule = await ruleInForce(db, code, onDate).catch(() => {
    throw precondition("petitionNoRule", { code });
  });
  if (rule.kind === "limit") {
    return Number((rule.value as { max?: number }).max ?? 1);
  }
  return deadlineValue(rule).amount;
}

/**
 * The last day a received dossier may be returned for supplement: `onestop.return_for_supplement`
 * working days after the receipt that started the clock (NĐ 61/2018 Đ.19 k.4: 3 working days).
 */
export async function returnWindowEnd(db: Db, unitId: string, clockStart: string) {
  const days = await ruleAmount(db, "onestop.return_for_supplement", clockStart);
  const cal = await calendarForDeadline(db, unitId, clockStart, days);
  return { days, end: cal.addWorkingDays(clockStart, days) };
}

/**
 * The latest day to send the apology and new appointment: `onestop.apology_lead` working days before
 * the appointment (NĐ 61/2018 Đ.19 k.9: at the latest 1 day before the due date).
 */
export async function latestApologyDate(db: Db, unitId: string, appointment: string, onDate: string) {
  const lead = await ruleAmount(db, "onestop.apology_lead", onDate);
  const cal = await calendarForDeadline(db, unitId, appointment, lead + 10);
  return cal.addWorkingDays(appointment, -lead);
}

/** The working day `days` after `from` on the unit's calendar (a step's due date). */
export async function addWorkingDays(db: Db, unitId: string, from: string, days: number) {
  if (days === 0) {
    return from;
  }
  const cal = await calendarForDeadline(db, unitId, from, days);
  return cal.addWorkingDays(from, days);
}

/** Working days in (from, to] on the unit's calendar; negative when `to` is earlier. */
export async function workingDaysBetween(db: Db, unitId: string, from: string, to: string) {
  const cal = await calendarForDeadline(db, unitId, from < to ? from : to, 30);
  return cal.workingDaysBetween(from, to);
}

/** Early, on time or late: the day of completion against the day it was due. */
export function timelinessOf(done: string, due: string): Timeliness {
  return done < due ? "early" : done === due ? "on_time" : "late";
}
