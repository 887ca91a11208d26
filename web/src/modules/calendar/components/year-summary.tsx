import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import type { YearView } from "../calendar-types";

/** Weekly rest days, working days and the count of days off of a year, in one line each. */
export function YearSummary({ view }: { view: YearView }) {
  const { t } = useTranslation();
  const daysOff = view.days.filter((d) => d.kind !== "working_day").length;
  const madeUp = view.days.length - daysOff;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      data-testid="year-summary"
      items={[
        {
          key: "weekend",
          label: t("calendar.weekend"),
          children: view.weekend.length
            ? view.weekend.map((w) => t(`calendar.weekday.${w}`)).join(", ")
            : t("calendar.noWeekend"),
        },
        { key: "working", label: t("calendar.workingDays"), children: view.workingDays },
        {
          key: "off",
          label: t("calendar.namedDaysOff"),
          children: t("calendar.offAndMadeUp", { off: daysOff, count: madeUp }),
        },
      ]}
    />
  );
}
