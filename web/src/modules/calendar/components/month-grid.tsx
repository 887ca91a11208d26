import { Card, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { daysInMonth, type GridKind, isoDate, isoWeekdayOf, KIND_STYLE } from "../day-kinds";
import { lunarDayMonth } from "../lunar-text";

export type GridDay = { kind: GridKind; name?: string };

type Props = { year: number; month: number; dayOf: (iso: string) => GridDay; today: string };

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const SR_ONLY = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;

/** One month, Monday first; every cell shows the solar day and, small, the lunar day. */
export function MonthGrid({ year, month, dayOf, today }: Props) {
  const { t } = useTranslation();
  const leapMark = t("calendar.lunar.leap");
  const first = isoWeekdayOf(isoDate(year, month, 1));
  const blanks = Array.from({ length: first - 1 }, (_, n) => `blank-${month}-${n}`);
  const dates = Array.from({ length: daysInMonth(year, month) }, (_, n) => isoDate(year, month, n + 1));

  return (
    <Card size="small" title={t(`calendar.month.${month}`)} data-testid={`month-${month}`}>
      <div style={{ display: "grid", gridTemplateColumns: "repeat(7, 1fr)", gap: 2 }}>
        {WEEKDAYS.map((w) => (
          <div
            key={w}
            style={{
              textAlign: "center",
              fontSize: 12,
              fontWeight: 600,
              color: w >= 6 ? "#8c8c8c" : undefined,
            }}
          >
            {t(`calendar.weekdayShort.${w}`)}
          </div>
        ))}
        {blanks.map((key) => (
          <div key={key} />
        ))}
        {dates.map((iso) => {
          const day = dayOf(iso);
          const style = KIND_STYLE[day.kind];
          const lunar = lunarDayMonth(iso, leapMark);
          const label = `${t(`calendar.kind.${day.kind}`)}${day.name ? `: ${day.name}` : ""} · ${t("calendar.lunar.short")} ${lunar.text}`;
          return (
            <Tooltip key={iso} title={label}>
              <div
                data-testid={`day-${iso}`}
                data-kind={day.kind}
                style={{
                  background: style.background,
                  color: style.color,
                  borderRadius: 4,
                  padding: "2px 0",
                  textAlign: "center",
                  lineHeight: 1.1,
                  outline: iso === today ? "2px solid #1d4e89" : undefined,
                  fontWeight: day.kind === "work" || day.kind === "weekend" ? 400 : 700,
                }}
              >
                <span style={SR_ONLY}>{`${Number(iso.slice(8))}/${month} — ${label}`}</span>
                <div style={{ fontSize: 13 }} aria-hidden>
                  {Number(iso.slice(8))}
                </div>
                <div style={{ fontSize: 9, opacity: 0.75 }} aria-hidden>
                  {lunar.day === 1 ? lunar.text : lunar.day}
                </div>
              </div>
            </Tooltip>
          );
        })}
      </div>
    </Card>
  );
}
