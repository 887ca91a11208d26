import { CreateRuleVersionInput, HolidayNotice, HolidayNoticeInput, RuleVersion } from "@danvan/common";
import { solarToLunar } from "@danvan/common/calendar";
import { createRoute, z } from "@hono/zod-openapi";
import { assertCan } from "../../platform/errors";
import { actorOf, body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { canAnywhere } from "../../platform/scope";
import { deadlineFor } from "./compute-deadline";
import { createRuleVersion } from "./create-rule-version";
import { listWeekends } from "./list-weekends";
import { createNotice, listNotices, retractNotice } from "./notices";
import { listRules } from "./rules";
import { setWeekend } from "./set-weekend";
import { yearView } from "./year-view";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" });
const Year = z.coerce.number().int().min(1900).max(2100);
const Basis = z.enum(["working_days", "calendar_days"]);
const tags = ["calendar"];

const DayOut = z.object({ date: z.string(), name: z.string(), nameEn: z.string(), kind: z.string() });
const YearOut = z.object({
  year: z.number(),
  weekend: z.array(z.number()),
  workingDays: z.number(),
  days: z.array(DayOut),
});
const DeadlineOut = z.object({
  due: z.string(),
  paused: z.boolean(),
  explanation: z.string(),
  explanations: z.object({ vi: z.string(), en: z.string() }),
  steps: z.array(z.object({ code: z.string(), text: z.string() })),
  rule: z
    .object({ id: z.string(), code: z.string(), verified: z.boolean(), sourceRef: z.string() })
    .nullable(),
  timeLeft: z.object({ calendarDays: z.number(), workingDays: z.number(), overdue: z.boolean() }).nullable(),
});

const DeadlineBody = z.object({
  from: IsoDate,
  ruleId: z.string().max(100).optional(),
  amount: z.number().int().min(0).max(3650).optional(),
  basis: Basis.optional(),
  unitId: z.string().uuid().optional(),
  complex: z.boolean().optional(),
  justification: z.string().max(2000).optional(),
  pauses: z
    .array(z.object({ from: IsoDate, to: IsoDate.optional(), reason: z.string().max(500).optional() }))
    .max(50)
    .optional(),
  extensions: z
    .array(
      z.object({
        amount: z.number().int().min(1).max(3650),
        basis: Basis.optional(),
        reason: z.string().min(1).max(500),
      }),
    )
    .max(10)
    .optional(),
  today: IsoDate.optional(),
});

/** No sign-in: the portal previews dates with these, and other systems may rely on them. */
export const publicCalendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/lunar",
      tags,
      summary: "Solar → Vietnamese lunar date (UTC+7)",
      request: { query: z.object({ date: IsoDate }) },
      responses: {
        200: json(
          z.object({
            date: z.string(),
            lunar: z.object({ day: z.number(), month: z.number(), year: z.number(), leap: z.boolean() }),
          }),
        ),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { date } = c.req.valid("query");
      const l = solarToLunar(date);
      return c.json({ date, lunar: { day: l.day, month: l.month, year: l.year, leap: l.leap } }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/holidays",
      tags,
      summary: "Holidays, compensatory days, swapped days and make-up working days of a year",
      request: { query: z.object({ year: Year, unitId: z.string().uuid().optional() }) },
      responses: { 200: json(YearOut), 400: errorResponses[400] },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const view = await yearView(ctxOf(c).db, q.year, q.unitId);
      const en = ctxOf(c).locale === "en";
      return c.json({ ...view, days: view.days.map((d) => ({ ...d, name: en ? d.nameEn : d.name })) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/deadline",
      tags,
      summary: "Compute a deadline with its explanation",
      request: {
        query: z.object({
          from: IsoDate,
          amount: z.coerce.number().int().min(0).max(3650).optional(),
          basis: Basis.optional(),
          unitId: z.string().uuid().optional(),
          ruleId: z.string().max(100).optional(),
        }),
      },
      responses: { 200: json(DeadlineOut), 400: errorResponses[400] },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      return c.json(await deadlineFor(ctx.db, c.req.valid("query"), ctx.locale), 200);
    },
  );

export const calendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar/year",
      tags,
      summary: "A year's working calendar for a unit",
      request: { query: z.object({ year: Year, unitId: z.string().uuid().optional() }) },
      responses: { 200: json(YearOut), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(await yearView(ctxOf(c).db, q.year, q.unitId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar/deadline",
      tags,
      summary: "Compute a deadline for a rule and unit, with pauses and extensions",
      request: body(DeadlineBody),
      responses: { 200: json(DeadlineOut), ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      return c.json(await deadlineFor(ctx.db, c.req.valid("json"), ctx.locale), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar/notices",
      tags,
      summary: "Yearly government notices on days off",
      request: { query: z.object({ year: Year.optional() }) },
      responses: { 200: json(z.object({ items: z.array(HolidayNotice) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listNotices(ctxOf(c).db, c.req.valid("query").year) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar/notices",
      tags,
      summary: "Load a year's notice (swapped days, make-up Saturdays)",
      request: body(HolidayNoticeInput),
      responses: { 201: json(HolidayNotice), ...errorResponses },
    }),
    async (c) => c.json(await createNotice(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar/notices/{id}/retract",
      tags,
      summary: "Withdraw a notice",
      request: {
        params: z.object({ id: z.string().uuid() }),
        ...body(z.object({ reason: z.string().trim().min(1).max(500) })),
      },
      responses: { 204: { description: "Withdrawn" }, ...errorResponses },
    }),
    async (c) => {
      await retractNotice(ctxOf(c), c.req.valid("param").id, c.req.valid("json").reason);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar/units/{unitId}/weekend",
      tags,
      summary: "A unit's weekly rest days in force today and the settings it has or inherits",
      request: { params: z.object({ unitId: z.string().uuid() }) },
      responses: {
        200: json(
          z.object({
            unitId: z.string(),
            today: z.string(),
            inForce: z.array(z.number()),
            items: z.array(
              z.object({
                unitId: z.string(),
                unitName: z.string(),
                weekend: z.array(z.number()),
                effectiveFrom: z.string(),
                isInherited: z.boolean(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await listWeekends(ctxOf(c).db, c.req.valid("param").unitId), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/calendar/units/{unitId}/weekend",
      tags,
      summary: "Set a unit's weekly rest days",
      request: {
        params: z.object({ unitId: z.string().uuid() }),
        ...body(
          z.object({ weekend: z.array(z.number().int().min(1).max(7)).max(7), effectiveFrom: IsoDate }),
        ),
      },
      responses: {
        200: json(z.object({ unitId: z.string(), weekend: z.array(z.number()), effectiveFrom: z.string() })),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await setWeekend(ctxOf(c), c.req.valid("param").unitId, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/rules",
      tags: ["rules"],
      summary: "Statutory rule versions (effective-dated)",
      request: { query: z.object({ code: z.string().max(80).optional() }) },
      responses: { 200: json(z.object({ items: z.array(RuleVersion) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listRules(ctxOf(c).db, c.req.valid("query").code) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/rules",
      tags: ["rules"],
      summary: "Add a rule version when the law changes",
      request: body(CreateRuleVersionInput),
      responses: { 201: json(RuleVersion), ...errorResponses },
    }),
    async (c) => {
      assertCan(canAnywhere(actorOf(c), "calendar.manage"));
      return c.json(await createRuleVersion(ctxOf(c), c.req.valid("json")), 201);
    },
  );
