import {
  CreateTaskInput,
  PublicPromise,
  PublicPromiseUnit,
  Task,
  TaskCancelInput,
  TaskDecisionInput,
  TaskDetail,
  TaskExtensionDecisionInput,
  TaskExtensionRequestInput,
  TaskListQuery,
  TaskOptions,
  TaskProgressInput,
  TaskReturnInput,
  TaskStatsRow,
  TaskSubmitInput,
  TaskUrgeInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { acceptTask } from "./accept-task";
import { approveTask } from "./approve-task";
import { cancelTask } from "./cancel-task";
import { createTask } from "./create-task";
import { decideExtension, requestExtension } from "./extensions";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";
import { getPublicPromise, listPublicPromises, listPublicPromiseUnits } from "./public-promises";
import { reportProgress } from "./report-progress";
import { returnTask } from "./return-task";
import { submitTask } from "./submit-task";
import { taskOptions } from "./task-options";
import { taskStats } from "./task-stats";
import { urgeTask } from "./urge-task";

const tags = ["tasks"];
const IdParam = z.object({ id: z.string().uuid() });

/** One POST route per transition, each taking its own input schema and verb. */
function action<S extends z.ZodType>(path: string, summary: string, input: S) {
  return createRoute({
    method: "post",
    path: `/tasks/{id}/${path}`,
    tags,
    summary,
    request: { params: IdParam, ...body(input) },
    responses: { 200: json(Task), ...errorResponses },
  });
}

export const taskRoutes = createRouter();

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/tasks",
    tags,
    summary: "Task boards (mine, unit, directing, all) with filters",
    request: { query: TaskListQuery },
    responses: {
      200: json(z.object({ items: z.array(Task), nextCursor: z.string().nullable() })),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listTasks(ctxOf(c), c.req.valid("query")), 200),
);

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/tasks/stats",
    tags,
    summary: "Counts per person or unit: assigned, done on time/late, overdue, returned",
    request: { query: z.object({ by: z.enum(["assignee", "unit"]).default("assignee") }) },
    responses: { 200: json(z.object({ items: z.array(TaskStatsRow) })), ...errorResponses },
  }),
  async (c) => c.json({ items: await taskStats(ctxOf(c), c.req.valid("query").by) }, 200),
);

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/tasks/options",
    tags,
    summary: "Who a task of a unit may name as assignee and directing leader",
    request: { query: z.object({ unitId: z.string().uuid() }) },
    responses: { 200: json(TaskOptions), ...errorResponses },
  }),
  async (c) => c.json(await taskOptions(ctxOf(c), c.req.valid("query").unitId), 200),
);

taskRoutes.openapi(
  createRoute({
    method: "post",
    path: "/tasks",
    tags,
    summary: "Create a task with the five “rõ”",
    request: body(CreateTaskInput),
    responses: { 201: json(Task), ...errorResponses },
  }),
  async (c) => c.json(await createTask(ctxOf(c), c.req.valid("json")), 201),
);

taskRoutes.openapi(
  createRoute({
    method: "get",
    path: "/tasks/{id}",
    tags,
    summary: "A task with its timeline",
    request: { params: IdParam },
    responses: { 200: json(TaskDetail), ...errorResponses },
  }),
  async (c) => c.json(await getTask(ctxOf(c), c.req.valid("param").id), 200),
);

taskRoutes.openapi(action("accept", "Assignee accepts", z.object({})), async (c) =>
  c.json(await acceptTask(ctxOf(c), c.req.valid("param").id), 200),
);

taskRoutes.openapi(action("progress", "Assignee reports progress", TaskProgressInput), async (c) =>
  c.json(await reportProgress(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(
  action("submit", "Assignee submits the product with evidence", TaskSubmitInput),
  async (c) => c.json(await submitTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(action("approve", "Directing leader approves", TaskDecisionInput), async (c) =>
  c.json(await approveTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(action("return", "Directing leader returns the product", TaskReturnInput), async (c) =>
  c.json(await returnTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(action("cancel", "Cancel with a reason", TaskCancelInput), async (c) =>
  c.json(await cancelTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(action("urge", "Urge the assignee (đôn đốc)", TaskUrgeInput), async (c) =>
  c.json(await urgeTask(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(action("extensions", "Request an extension", TaskExtensionRequestInput), async (c) =>
  c.json(await requestExtension(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

taskRoutes.openapi(
  action("extensions/decide", "Approve or refuse the pending extension", TaskExtensionDecisionInput),
  async (c) => c.json(await decideExtension(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

export const publicPromiseRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/promises",
      tags: ["public"],
      summary: "Promises made to the people and their state",
      request: {
        query: z.object({
          unitId: z.string().uuid().optional(),
          sourceType: z.string().max(40).optional(),
          sourceId: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
        }),
      },
      responses: { 200: json(z.object({ items: z.array(PublicPromise) })), 400: errorResponses[400] },
    }),
    async (c) => c.json({ items: await listPublicPromises(ctxOf(c).db, c.req.valid("query")) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/units",
      tags: ["public"],
      summary: "Units that made promises to the people, with counts",
      responses: { 200: json(z.object({ items: z.array(PublicPromiseUnit) })) },
    }),
    async (c) => c.json({ items: await listPublicPromiseUnits(ctxOf(c).db) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/promises/{id}",
      tags: ["public"],
      summary: "One public promise",
      request: { params: IdParam },
      responses: { 200: json(PublicPromise), 404: errorResponses[404] },
    }),
    async (c) => c.json(await getPublicPromise(ctxOf(c).db, c.req.valid("param").id), 200),
  );
