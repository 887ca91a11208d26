/** The leader's dashboard: headline figures, trends, ranking and drill-down. */
export { dashboardRoutes } from "./dashboard.routes";
