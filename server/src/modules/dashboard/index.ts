import { createRouter } from "../../platform/http";

/** The leader's dashboard: headline figures, trends, ranking and drill-down. */
export const dashboardRoutes = createRouter();
