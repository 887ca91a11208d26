import { Dossier, DossierQueueQuery, OverdueStep } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { type createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { approvalQueue, counterQueue, handlerQueue, overdueSteps } from "./queues";

const tags = ["one-stop"];
const Page = json(z.object({ items: z.array(Dossier), nextCursor: z.string().nullable() }));

export function queueRoutes(r: ReturnType<typeof createRouter>) {
  const queues = [
    ["counter", "The counter queue: to check, receive, hand on, and results to return", counterQueue],
    ["mine", "My queue: dossiers whose step in progress is assigned to me", handlerQueue],
    ["approval", "Results waiting for my approval", approvalQueue],
  ] as const;
  for (const [name, summary, fn] of queues) {
    r.openapi(
      createRoute({
        method: "get",
        path: `/onestop/queues/${name}`,
        tags,
        summary,
        request: { query: DossierQueueQuery },
        responses: { 200: Page, ...errorResponses },
      }),
      async (c) => c.json(await fn(ctxOf(c), c.req.valid("query")), 200),
    );
  }
  r.openapi(
    createRoute({
      method: "get",
      path: "/onestop/queues/overdue-steps",
      tags,
      summary: "Steps in progress past their time budget, most overdue first",
      request: {
        query: z.object({
          unitId: z.string().uuid().optional(),
          agencyId: z.string().uuid().optional(),
          stepNo: z.coerce.number().int().min(1).max(20).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
        }),
      },
      responses: { 200: json(z.object({ items: z.array(OverdueStep) })), ...errorResponses },
    }),
    async (c) => c.json(await overdueSteps(ctxOf(c), c.req.valid("query")), 200),
  );
}
