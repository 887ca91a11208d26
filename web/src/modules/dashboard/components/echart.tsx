import { BarChart, LineChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type ECharts, type EChartsCoreOption, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only what the dashboard draws, so this chunk stays small; it is loaded lazily with the charts.
use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Props = {
  option: EChartsCoreOption;
  height: number;
  label: string;
  testId?: string;
  onItemClick?: (dataIndex: number) => void;
};

/** One ECharts canvas that follows its container's width and redraws when the option changes. */
export default function EChart({ option, height, label, testId, onItemClick }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    const el = box.current!;
    const c = init(el);
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onItemClick) {
      return;
    }
    const handleClick = (p: { dataIndex: number }) => onItemClick(p.dataIndex);
    c.on("click", handleClick);
    return () => {
      c.off("click", handleClick);
    };
  }, [onItemClick]);

  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: "100%", height }} />
  );
}
