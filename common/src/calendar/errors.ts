/** Bad input to the calendar or deadline engine; `path` names the offending field (e.g. `pauses[1].to`). */
export class CalendarInputError extends Error {
  readonly code: "CALENDAR_INPUT" | "CALENDAR_RANGE" = "CALENDAR_INPUT";
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = "CalendarInputError";
    this.path = path;
  }
}

/**
 * A date outside the range the calendar supports (1900-01-01..2100-12-31, or the years a working
 * calendar was built for). It is also a CalendarInputError, so one catch maps both to a 400.
 */
export class CalendarRangeError extends CalendarInputError {
  override readonly code = "CALENDAR_RANGE" as const;
  readonly field: string;
  readonly min: string;
  readonly max: string;

  constructor(field: string, value: string, min: string, max: string, message?: string) {
    super(field, message ?? `${field} ${value} is outside the supported range ${min}..${max}`);
    this.name = "CalendarRangeError";
    this.field = field;
    this.min = min;
    this.max = max;
  }
}
