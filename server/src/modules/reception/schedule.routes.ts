import {
  CreateScheduleInput,
  EndScheduleInput,
  PublicSchedule,
  PublicScheduleQuery,
  ReceptionSchedule,
  ScheduleQuery,
  ScheduleView,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { createSchedule } from "./create-schedule";
import { endSchedule } from "./end-schedule";
import { publicSchedule } from "./public-schedule";
import { scheduleView } from "./schedule-view";

const tags = ["reception"];
const IdParam = z.object({ id: z.string().uuid() });

export const scheduleRoutes = createRouter();

scheduleRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/schedule",
    tags,
    summary: "Schedules, the reception days they give (shifted off days off), frequency warnings",
    request: { query: ScheduleQuery },
    responses: { 200: json(ScheduleView), ...errorResponses },
  }),
  async (c) => c.json(await scheduleView(ctxOf(c), c.req.valid("query")), 200),
);

scheduleRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/schedules",
    tags,
    summary: "Publish a leader's periodic reception days or the committee's regular hours",
    request: body(CreateScheduleInput),
    responses: { 201: json(ReceptionSchedule), ...errorResponses },
  }),
  async (c) => c.json(await createSchedule(ctxOf(c), c.req.valid("json")), 201),
);

scheduleRoutes.openapi(
  createRoute({
    method: "post",
    path: "/reception/schedules/{id}/end",
    tags,
    summary: "End a schedule on a date (history is kept)",
    request: { params: IdParam, ...body(EndScheduleInput) },
    responses: { 200: json(ReceptionSchedule), ...errorResponses, 412: errorResponses[409] },
  }),
  async (c) => c.json(await endSchedule(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
);

export const publicReceptionRoutes = createRouter();

publicReceptionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reception/schedule",
    tags: ["public"],
    summary: "Published reception schedule of a unit and the units under it (Luật TCD Đ.24)",
    request: { query: PublicScheduleQuery },
    responses: { 200: json(PublicSchedule), ...errorResponses },
  }),
  async (c) => c.json(await publicSchedule(ctxOf(c), c.req.valid("query")), 200),
);
