import {
  Applicant,
  ApplicantListQuery,
  CreateOrganisationInput,
  CreatePersonInput,
  CreateStaffInput,
  GrantInput,
  Staff,
  StaffListQuery,
  UpdateStaffInput,
} from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { createApplicant } from "./create-applicant";
import { createStaff } from "./create-staff";
import { grantRole, revokeGrant } from "./grants";
import { listApplicants } from "./list-applicants";
import { listStaff } from "./list-staff";
import { updateStaff } from "./update-staff";

const IdParam = z.object({ id: z.string().uuid() });
const tags = ["directory"];
const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const staffRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/staff",
      tags,
      summary: "Staff in scope, keyset-paginated",
      request: { query: StaffListQuery },
      responses: { 200: json(page(Staff)), ...errorResponses },
    }),
    async (c) => c.json(await listStaff(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/staff",
      tags,
      summary: "Create a staff account with role grants",
      request: body(CreateStaffInput),
      responses: { 201: json(Staff), ...errorResponses },
    }),
    async (c) => c.json(await createStaff(ctxOf(c), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/staff/{id}",
      tags,
      summary: "Edit a staff account",
      request: { params: IdParam, ...body(UpdateStaffInput) },
      responses: { 200: json(Staff), ...errorResponses },
    }),
    async (c) => c.json(await updateStaff(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/staff/{id}/grants",
      tags,
      summary: "Grant a role on a unit",
      request: { params: IdParam, ...body(GrantInput) },
      responses: { 200: json(Staff), ...errorResponses },
    }),
    async (c) => c.json(await grantRole(ctxOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/staff/{id}/grants/{grantId}",
      tags,
      summary: "Remove a role grant",
      request: { params: z.object({ id: z.string().uuid(), grantId: z.string().uuid() }) },
      responses: { 200: json(Staff), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await revokeGrant(ctxOf(c), p.id, p.grantId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/applicants",
      tags: ["applicants"],
      summary: "Search applicants (diacritic-insensitive)",
      request: { query: ApplicantListQuery },
      responses: { 200: json(page(Applicant)), ...errorResponses },
    }),
    async (c) => c.json(await listApplicants(ctxOf(c), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/applicants/persons",
      tags: ["applicants"],
      summary: "Register a citizen",
      request: body(CreatePersonInput),
      responses: { 201: json(Applicant), ...errorResponses },
    }),
    async (c) => c.json(await createApplicant(ctxOf(c), { kind: "person", ...c.req.valid("json") }), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/applicants/organisations",
      tags: ["applicants"],
      summary: "Register a business or organisation",
      request: body(CreateOrganisationInput),
      responses: { 201: json(Applicant), ...errorResponses },
    }),
    async (c) =>
      c.json(await createApplicant(ctxOf(c), { kind: "organisation", ...c.req.valid("json") }), 201),
  );
