import "./messages";
import { createRouter } from "../../platform/http";
import { consultationCoreRoutes } from "./consultations.routes";
import { participationRoutes } from "./participation.routes";

import { publicConsultationRoutes } from "./public.routes";

/** Staff consultations API under /api/v1: consultations, register, votes, questions, comments, meetings, tracker. */
export const consultationRoutes = createRouter();
consultationRoutes.route("/", consultationCoreRoutes);
consultationRoutes.route("/", participationRoutes);

/** Both sides under /api, so the app mounts the module once: staff /api/v1, citizens /api/public/v1. */
export const consultationApi = createRouter();
consultationApi.route("/v1", consultationRoutes);
consultationApi.route("/public/v1", publicConsultationRoutes);
