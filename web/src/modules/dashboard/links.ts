import { buildPath } from "../../lib/api-client";

type Scope = { unitId?: string; from: string; to: string };

/** The list each figure counts, with the filters its page reads from the address. */
export const figureLinks = {
  ratings: (s: Scope & { officerId?: string; agencyId?: string; level?: string; followUp?: string }) =>
    buildPath("/satisfaction/ratings", s),
  index: () => "/satisfaction/index",
  dossiers: () => "/onestop/dossiers",
  indicators: () => "/onestop/indicators",
  overduePetitions: () => buildPath("/petitions", { status: "open", due: "overdue" }),
  petitionFigures: () => "/petitions/figures",
  receptionSessions: () => "/reception/sessions",
  receptionStats: () => "/reception/stats",
  overdueTasks: () => buildPath("/tasks", { board: "overdue" }),
};
