import { CreateProcedureInput, Procedure, ProcedureListQuery, UpdateProcedureInput } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, type createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { createProcedure } from "./create-procedure";
import { getProcedureFor, listProcedures } from "./list-procedures";
import { updateProcedure } from "./update-procedure";

const tags = ["one-stop"];
const IdParam = z.object({ id: z.string().uuid() });

/** The procedure catalogue (admin CRUD; every one-stop reader may list it). */
export function catalogueRoutes(r: ReturnType<typeof createRouter>) {
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/procedures",
      tags,
      summary: "Procedure catalogues in scope: filter by unit, text, effective status; keyset pages",
      request: { query: ProcedureListQuery },
      responses: {
        200: json(z.object({ items: z.array(Procedure), nextCursor: z.string().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listProcedures(ctxOf(c), c.req.valid("query")), 200),
  );
  r.openapi(
    createRoute({
      method: "post",
      path: "/onestop/procedures",
      tags,
      summary: "Add a procedure to a unit's catalogue",
      request: body(CreateProcedureInput),
      responses: { 201: json(Procedure), ...errorResponses },
    }),
    async (c) => c.json(await createProcedure(ctxOf(c), c.req.valid("json")), 201),
  );
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/procedures/{id}",
      tags,
      summary: "One procedure",
      request: { params: IdParam },
      responses: { 200: json(Procedure), ...errorResponses },
    }),
    async (c) => c.json(await getProcedureFor(ctxOf(c), c.req.valid("param").id), 200),
  );
  r.openapi(
    createRoute({
      method: "put",
      path: "/onestop/procedures/{id}",
      tags,
      summary: "Replace a procedure's content (unit and code stay); retire it with effectiveTo",
      request: { params: IdParam, ...body(UpdateProcedureInput) },
      responses: { 200: json(Procedure), ...errorResponses },
    }),
    async (c) => c.json(await updateProcedure(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
}
