import "./messages";
import { createRouter } from "../../platform/http";
import { catalogueRoutes } from "./catalogue.routes";
import { documentRoutes } from "./documents/documents.routes";
import { dossierRoutes } from "./dossiers.routes";
import { importRoutes } from "./import.routes";
import { indicatorRoutes } from "./indicators.routes";
import { queueRoutes } from "./queues.routes";

export { publicOneStopRoutes } from "./public.routes";

const r = createRouter();
importRoutes(r);
catalogueRoutes(r);
dossierRoutes(r);
documentRoutes(r);
queueRoutes(r);
indicatorRoutes(r);

/** Staff API of the one-stop shop, mounted under /api/v1. */
export const oneStopRoutes = r;
