import "./messages";
import { createRouter } from "../../platform/http";
import { recordRoutes } from "./records.routes";
import { scheduleRoutes } from "./schedule.routes";
import { sessionRoutes } from "./sessions.routes";

export { publicReceptionRoutes } from "./schedule.routes";

/** Staff reception API under /api/v1: schedules, sessions and the book, records, statistics. */
export const receptionRoutes = createRouter();
receptionRoutes.route("/", scheduleRoutes);
receptionRoutes.route("/", sessionRoutes);
receptionRoutes.route("/", recordRoutes);
