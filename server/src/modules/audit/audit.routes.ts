import { AuditEvent, AuditListQuery, AuditVerifyResult } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { verifyAuditChain } from "../../platform/audit";
import { assertCan } from "../../platform/errors";
import { actorOf, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { canAnywhere } from "../../platform/scope";
import { listAudit } from "./list-audit";

const tags = ["audit"];

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      summary: "Browse the audit trail",
      request: { query: AuditListQuery },
      responses: {
        200: json(z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      assertCan(canAnywhere(actorOf(c), "audit.read"));
      return c.json(await listAudit(ctxOf(c), c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/verify",
      tags,
      summary: "Verify the audit hash chain",
      responses: { 200: json(AuditVerifyResult), ...errorResponses },
    }),
    async (c) => {
      assertCan(canAnywhere(actorOf(c), "audit.read"));
      return c.json(await verifyAuditChain(ctxOf(c).db), 200);
    },
  );
