export { oneStopRoutes, publicOneStopRoutes } from "./one-stop.routes";
