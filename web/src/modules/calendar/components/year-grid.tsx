import { Col, Row, Space, Tag } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { YearDay } from "../calendar-types";
import { isoWeekdayOf, KIND_STYLE, LEGEND_KINDS, todayInVietnam } from "../day-kinds";
import { type GridDay, MonthGrid } from "./month-grid";

type Props = { year: number; weekend: number[]; days: YearDay[]; lang: "vi" | "en" };

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function DayLegend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={[4, 4]} data-testid="calendar-legend">
      {LEGEND_KINDS.map((kind) => (
        <Tag
          key={kind}
          style={{
            background: KIND_STYLE[kind].background,
            color: KIND_STYLE[kind].color,
            borderColor: "#d9d9d9",
          }}
        >
          {t(`calendar.kind.${kind}`)}
        </Tag>
      ))}
      <Tag style={{ borderColor: "#1d4e89" }}>{t("calendar.today")}</Tag>
    </Space>
  );
}

/** Twelve months of a unit's working calendar: weekends from its setting, named days from the server. */
export function YearGrid({ year, weekend, days, lang }: Props) {
  const today = todayInVietnam();
  const dayOf = useMemo(() => {
    const named = new Map(days.map((d) => [d.date, d]));
    return (iso: string): GridDay => {
      const d = named.get(iso);
      if (d) {
        return { kind: d.kind, name: lang === "en" ? (d.nameEn ?? d.name) : d.name };
      }
      return { kind: weekend.includes(isoWeekdayOf(iso)) ? "weekend" : "work" };
    };
  }, [days, weekend, lang]);

  return (
    <Row gutter={[12, 12]} data-testid="year-grid">
      {MONTHS.map((m) => (
        <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
          <MonthGrid year={year} month={m} dayOf={dayOf} today={today} />
        </Col>
      ))}
    </Row>
  );
}
