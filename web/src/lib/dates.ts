import type { Dayjs } from "dayjs";

/** How DatePicker shows and parses dates everywhere: dd/MM/yyyy. */
export const DATE_INPUT_FORMAT = "DD/MM/YYYY";

/** A picked day as the API's calendar date ("2025-06-30"). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format("YYYY-MM-DD") : null;
}
