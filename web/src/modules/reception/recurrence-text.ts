import type { Recurrence } from "@danvan/common";
import type { TFunction } from "i18next";

/** "Ngày 10, 25 hằng tháng; gặp ngày nghỉ thì chuyển sang ngày làm việc tiếp theo". */
export function recurrenceText(r: Recurrence, t: TFunction) {
  const base =
    r.type === "monthly"
      ? t("reception.recurrence.monthly", { days: r.days.join(", ") })
      : t("reception.recurrence.weekly", {
          days: r.weekdays.map((d) => t(`reception.weekday.${d}`)).join(", "),
        });
  return `${base}; ${t(`reception.recurrence.shift.${r.shift}`)}`;
}
