import {
  Agency,
  CreateAgencyInput,
  CreatePositionInput,
  CreateUnitInput,
  Position,
  RetireUnitInput,
  Unit,
  UnitListQuery,
  UpdateAgencyInput,
  UpdateUnitInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { createAgency, createPosition, listAgencies, listPositions, updateAgency } from "./agencies";
import { createUnit } from "./create-unit";
import { listUnits } from "./list-units";
import { retireUnit } from "./retire-unit";
import { updateUnit } from "./update-unit";

const IdParam = z.object({ id: z.string().uuid() });
const tags = ["directory"];

export const unitRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/units",
      tags,
      summary: "Units in scope (flat; build the tree client-side)",
      request: { query: UnitListQuery },
      responses: { 200: json(z.object({ items: z.array(Unit) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listUnits(ctxOf(c), c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/units",
      tags,
      summary: "Create a unit",
      request: body(CreateUnitInput),
      responses: { 201: json(Unit), ...errorResponses },
    }),
    async (c) => c.json(await createUnit(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/units/{id}",
      tags,
      summary: "Rename a unit or change its remote-area flag",
      request: { params: IdParam, ...body(UpdateUnitInput) },
      responses: { 200: json(Unit), ...errorResponses },
    }),
    async (c) => c.json(await updateUnit(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/units/{id}/retire",
      tags,
      summary: "Retire a unit (merger/abolition) and link successors",
      request: { params: IdParam, ...body(RetireUnitInput) },
      responses: { 200: json(Unit), ...errorResponses },
    }),
    async (c) => c.json(await retireUnit(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/agencies",
      tags,
      summary: "Agencies in scope",
      request: { query: z.object({ unitId: z.string().uuid().optional() }) },
      responses: { 200: json(z.object({ items: z.array(Agency) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listAgencies(ctxOf(c), c.req.valid("query").unitId) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/agencies",
      tags,
      summary: "Create an agency in a unit",
      request: body(CreateAgencyInput),
      responses: { 201: json(Agency), ...errorResponses },
    }),
    async (c) => c.json(await createAgency(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/agencies/{id}",
      tags,
      summary: "Edit an agency",
      request: { params: IdParam, ...body(UpdateAgencyInput) },
      responses: { 200: json(Agency), ...errorResponses },
    }),
    async (c) => c.json(await updateAgency(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/positions",
      tags,
      summary: "Job positions of an agency",
      request: { query: z.object({ agencyId: z.string().uuid() }) },
      responses: { 200: json(z.object({ items: z.array(Position) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listPositions(ctxOf(c), c.req.valid("query").agencyId) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/positions",
      tags,
      summary: "Create a job position",
      request: body(CreatePositionInput),
      responses: { 201: json(Position), ...errorResponses },
    }),
    async (c) => c.json(await createPosition(ctxOf(c), c.req.valid("json")), 201),
  );
