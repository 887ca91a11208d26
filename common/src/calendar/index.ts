export type { DayNumber } from "./day-number";
export { MAX_ISO_DATE, MIN_ISO_DATE } from "./day-number";
export type { DeadlineResult, DeadlineStep, DeadlineStepCode, TimeLeft } from "./deadline";
export { computeDeadline, timeLeft } from "./deadline";
export type {
  DeadlineBasis,
  DeadlineExtension,
  DeadlineInput,
  DeadlinePause,
  DeadlineVariant,
} from "./deadline-input";
export { MAX_DEADLINE_AMOUNT } from "./deadline-input";
export type { Bilingual } from "./deadline-text";
export { CalendarInputError, CalendarRangeError } from "./errors";
export type {
  CalendarDay,
  CalendarDayKind,
  DayEntry,
  HolidayOptions,
  HolidayOverride,
  HolidayYear,
  StatutoryChoices,
} from "./holidays";
export { generateHolidays, MAX_HOLIDAY_YEAR, MIN_HOLIDAY_YEAR } from "./holidays";
export type { LunarDate, LunarDateInput } from "./lunar";
export { leapMonthOf, lunarToSolar, solarToLunar } from "./lunar";
export { DEFAULT_WEEKEND } from "./weekend";
export type { WorkingCalendar, WorkingCalendarDays, WorkingCalendarOptions } from "./working-calendar";
export { buildWorkingCalendar } from "./working-calendar";
