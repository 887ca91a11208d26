export { publicTransparencyRoutes } from "./public.routes";
export { transparencyReport } from "./transparency-report";
