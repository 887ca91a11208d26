import {
  DashboardQuery,
  DashboardRanking,
  DashboardSummary,
  DashboardTrend,
  RankingQuery,
} from "@danvan/common";
import { createRoute } from "@hono/zod-openapi";
import { createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { getRanking } from "./get-ranking";
import { getSummary } from "./get-summary";
import { getTrend } from "./get-trend";
import "./messages";

const tags = ["dashboard"];

export const dashboardRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/summary",
      tags,
      summary: "Headline figures of a unit's subtree for a period, each with its n and numerators",
      request: { query: DashboardQuery },
      responses: { 200: json(DashboardSummary), ...errorResponses },
    }),
    async (c) => c.json(await getSummary(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/trend",
      tags,
      summary: "The same figures month by month over the period (24 months at most)",
      request: { query: DashboardQuery },
      responses: { 200: json(DashboardTrend), ...errorResponses },
    }),
    async (c) => c.json(await getTrend(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dashboard/ranking",
      tags,
      summary: "Child units with the same figures; agencies of a unit without any; officers of an agency",
      request: { query: RankingQuery },
      responses: { 200: json(DashboardRanking), ...errorResponses },
    }),
    async (c) => c.json(await getRanking(ctxOf(c), c.req.valid("query")), 200),
  );
