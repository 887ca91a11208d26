import { buildPath } from "../../lib/api-client";

type Scope = { unitId?: string; from: string; to: string };

/** The list each figure counts, with the filters its page reads from the address. */
export const figureLinks = {
  ratings: (s: Scope & { officerId?: string; agencyId?: string; level?: string; followUp?: string }) =>
    buildPath("/satisfaction/ratings", s),
  index: () => "/satisfaction/index",
  // The register filters by one unit (not its subtree): above the communes, the caller's whole scope
  // is the nearer list.
  dossiers: (s: Scope & { hasChildUnits?: boolean }) =>
    buildPath("/onestop/dossiers", {
      unitId: s.hasChildUnits ? undefined : s.unitId,
      status: "returned",
      returnedFrom: s.from,
      returnedTo: s.to,
    }),
  indicators: (s: { unitId?: string; period?: string } = {}) => buildPath("/onestop/indicators", s),
  overduePetitions: (s: { unitId?: string } = {}) =>
    buildPath("/petitions", { status: "open", due: "overdue", unitId: s.unitId }),
  petitionFigures: (s: Scope) => buildPath("/petitions/figures", s),
  receptionSessions: (s: Scope) => buildPath("/reception/sessions", { ...s, status: "held" }),
  receptionStats: (s: Scope) => buildPath("/reception/stats", s),
  overdueTasks: () => buildPath("/tasks", { board: "overdue" }),
};
