import { createRouter } from "../../platform/http";
import { staffRoutes } from "./staff.routes";
import { unitRoutes } from "./units.routes";

export const directoryRoutes = createRouter().route("/", unitRoutes).route("/", staffRoutes);
