import { Grid, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import type { YearDay } from "../calendar-types";
import { isoWeekdayOf, KIND_STYLE } from "../day-kinds";
import { lunarDayMonth } from "../lunar-text";

type Props = { days: YearDay[]; lang: "vi" | "en"; loading?: boolean };

/** The named days of a year, in date order, with their lunar dates; two columns on a phone. */
export function NamedDaysTable({ days, lang, loading }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const isNarrow = screens.md === false;
  const leapMark = t("calendar.lunar.leap");
  const dateText = (d: YearDay) => `${t(`calendar.weekday.${isoWeekdayOf(d.date)}`)} ${formatDate(d.date)}`;
  const lunarText = (d: YearDay) => lunarDayMonth(d.date, leapMark).text;
  const nameText = (d: YearDay) => (lang === "en" ? (d.nameEn ?? d.name) : d.name);
  const kindTag = (d: YearDay) => <Tag color={KIND_STYLE[d.kind].tag}>{t(`calendar.kind.${d.kind}`)}</Tag>;

  const columns: TableColumnsType<YearDay> = isNarrow
    ? [
        {
          title: t("calendar.date"),
          key: "date",
          width: 150,
          render: (_, d) => (
            <>
              {dateText(d)}
              <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                {t("calendar.lunar.short")} {lunarText(d)}
              </Typography.Text>
            </>
          ),
        },
        {
          title: t("calendar.name"),
          key: "name",
          render: (_, d) => (
            <>
              <span style={{ display: "block" }}>{nameText(d)}</span>
              {kindTag(d)}
            </>
          ),
        },
      ]
    : [
        { title: t("calendar.date"), key: "date", width: 190, render: (_, d) => dateText(d) },
        { title: t("calendar.lunar.column"), key: "lunar", width: 110, render: (_, d) => lunarText(d) },
        { title: t("calendar.name"), key: "name", render: (_, d) => nameText(d) },
        { title: t("calendar.kindColumn"), key: "kind", width: 190, render: (_, d) => kindTag(d) },
      ];
  return (
    <Table<YearDay>
      rowKey="date"
      size="small"
      columns={columns}
      dataSource={days}
      loading={loading}
      pagination={false}
      scroll={isNarrow ? undefined : { x: 640 }}
      locale={{ emptyText: t("calendar.noNamedDays") }}
      data-testid="named-days"
      onRow={(d) => ({ "data-testid": `named-${d.date}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
