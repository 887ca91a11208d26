export { publicSatisfactionRoutes } from "./public.routes";
export { type FinishedInteraction, registerInteraction } from "./register-interaction";
export { satisfactionRoutes } from "./satisfaction.routes";
