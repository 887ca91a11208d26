import { createRouter } from "../../platform/http";

/** The public transparency page: satisfaction and on-time figures per unit, answers and promises. */
export const publicTransparencyRoutes = createRouter();
