import { lazy } from "react";

/** One lazy handle for both charts: ECharts is fetched once, on the first chart shown. */
export const LazyEChart = lazy(() => import("./echart"));
