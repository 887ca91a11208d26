import type { DashboardTrend } from "@danvan/common";
import { Card, Skeleton } from "antd";
import { Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { monthLabel } from "../figure-text";
import { LazyEChart as EChart } from "./lazy-echart";

const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? null : Math.round(v * 1000) / 10;

/** Satisfied share, dossiers on time and petitions handled per month, with the ratings' n as bars. */
export function TrendChart({ trend }: { trend: DashboardTrend | undefined }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const months = trend?.months ?? [];
    const counts = {
      sat: months.map((m) => m.figures.satisfaction?.n ?? 0),
      dos: months.map((m) => m.figures.dossiers?.n ?? 0),
      pet: months.map((m) => m.figures.petitions?.accepted ?? 0),
    };
    const series = [
      {
        name: t("dashboard.trend.satisfied"),
        data: months.map((m) => pct(m.figures.satisfaction?.satisfiedShare)),
        n: counts.sat,
      },
      {
        name: t("dashboard.trend.onTime"),
        data: months.map((m) => pct(m.figures.dossiers?.onTimeShare)),
        n: counts.dos,
      },
      {
        name: t("dashboard.trend.handled"),
        data: months.map((m) => pct(m.figures.petitions?.handlingRate)),
        n: counts.pet,
      },
    ];
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: {
        trigger: "axis",
        formatter: (
          items: {
            seriesIndex: number;
            dataIndex: number;
            marker: string;
            seriesName: string;
            value: number | null;
          }[],
        ) =>
          [
            monthLabel(months[items[0]?.dataIndex ?? 0]?.month ?? ""),
            ...items.map((i) => {
              const n = i.seriesIndex < 3 ? series[i.seriesIndex]!.n[i.dataIndex] : i.value;
              return i.seriesIndex < 3
                ? `${i.marker}${i.seriesName}: ${i.value === null ? "—" : `${i.value}%`} (n = ${n})`
                : `${i.marker}${i.seriesName}: ${i.value}`;
            }),
          ].join("<br/>"),
      },
      legend: { bottom: 0 },
      grid: { left: 48, right: 48, top: 24, bottom: 56 },
      xAxis: { type: "category", data: months.map((m) => monthLabel(m.month)) },
      yAxis: [
        { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
        { type: "value", minInterval: 1, name: "n", splitLine: { show: false } },
      ],
      series: [
        ...series.map((s) => ({
          type: "line",
          name: s.name,
          data: s.data,
          connectNulls: false,
          symbolSize: 7,
        })),
        {
          type: "bar",
          name: t("dashboard.trend.ratings"),
          yAxisIndex: 1,
          data: counts.sat,
          barMaxWidth: 18,
          itemStyle: { opacity: 0.35 },
        },
      ],
    };
  }, [trend, t]);

  return (
    <Card size="small" title={t("dashboard.trend.title")}>
      <Suspense fallback={<Skeleton active />}>
        <EChart option={option} height={300} label={t("dashboard.trend.title")} testId="trend-chart" />
      </Suspense>
    </Card>
  );
}
