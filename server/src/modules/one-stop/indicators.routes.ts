import {
  CountedDossier,
  CountedDossiersQuery,
  IndicatorQuery,
  OfficialIndicators,
  SubunitIndicators,
  UnitIndicators,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { type createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { countedDossiers, unitIndicators } from "./indicators";
import { officialIndicators } from "./official-indicators";
import { subunitIndicators } from "./subunit-indicators";

const tags = ["one-stop"];

export function indicatorRoutes(r: ReturnType<typeof createRouter>) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/indicators",
      tags,
      summary: "TT 01/2018 indicators of a unit for a quarter (2026-Q4), official and unit scores and bands",
      request: { query: IndicatorQuery },
      responses: { 200: json(UnitIndicators), ...errorResponses },
    }),
    async (c) => c.json(await unitIndicators(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/indicators/officials",
      tags,
      summary: "Each official's score (indicators 1, 2, 3, 4, 7) and band for the unit's quarter",
      request: { query: IndicatorQuery },
      responses: { 200: json(z.object({ items: z.array(OfficialIndicators) })), ...errorResponses },
    }),
    async (c) => c.json(await officialIndicators(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/indicators/subunits",
      tags,
      summary:
        "The indicators and scores of every unit below the unit (a province's communes) for the quarter",
      request: { query: IndicatorQuery },
      responses: { 200: json(z.object({ items: z.array(SubunitIndicators) })), ...errorResponses },
    }),
    async (c) => c.json(await subunitIndicators(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/indicators/{indicator}/dossiers",
      tags,
      summary: "The dossiers counted in a per-dossier indicator (1, 2, 3, 4, 6, 7) and their points",
      request: {
        params: z.object({ indicator: z.coerce.number().int().min(1).max(9) }),
        query: CountedDossiersQuery,
      },
      responses: {
        200: json(z.object({ items: z.array(CountedDossier), nextCursor: z.string().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) =>
      c.json(await countedDossiers(ctxOf(c), c.req.valid("param").indicator, c.req.valid("query")), 200),
  );
}
