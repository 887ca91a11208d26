import type { RankingRow } from "@danvan/common";
import { Card, Skeleton } from "antd";
import { Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LazyEChart as EChart } from "./lazy-echart";

/** The rows' satisfied share as horizontal bars, n in each label; a click opens the row. */
export function RankingChart({ rows, onOpen }: { rows: RankingRow[]; onOpen: (row: RankingRow) => void }) {
  const { t } = useTranslation();
  const shown = useMemo(
    () =>
      rows
        .filter((r) => (r.figures.satisfaction?.n ?? 0) > 0)
        .sort(
          (a, b) =>
            (a.figures.satisfaction?.satisfiedShare ?? 0) - (b.figures.satisfaction?.satisfiedShare ?? 0),
        )
        .slice(-30),
    [rows],
  );
  const option = useMemo(
    () => ({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: "item" },
      grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: shown.map((r) => r.name || t("dashboard.ranking.unknown")) },
      series: [
        {
          type: "bar",
          name: t("dashboard.trend.satisfied"),
          barMaxWidth: 22,
          data: shown.map((r) => Math.round((r.figures.satisfaction?.satisfiedShare ?? 0) * 1000) / 10),
          label: {
            show: true,
            position: "right",
            formatter: (p: { dataIndex: number; value: number }) =>
              `${p.value}% (n = ${shown[p.dataIndex]?.figures.satisfaction?.n ?? 0})`,
          },
        },
      ],
    }),
    [shown, t],
  );
  if (shown.length === 0) {
    return null;
  }
  return (
    <Card size="small" title={t("dashboard.ranking.chartTitle")}>
      <Suspense fallback={<Skeleton active />}>
        <EChart
          option={option}
          height={Math.max(160, shown.length * 30 + 24)}
          label={t("dashboard.ranking.chartTitle")}
          testId="ranking-chart"
          onItemClick={(i) => {
            const row = shown[i];
            if (row) {
              onOpen(row);
            }
          }}
        />
      </Suspense>
    </Card>
  );
}
