import { ErrorBody } from "@danvan/common";
import { OpenAPIHono, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor, Ctx } from "./context";
import { validationError } from "./validation";

export type SessionInfo = { id: string; csrfToken: string };

export type AppEnv = {
  Variables: {
    ctx: Ctx;
    session: SessionInfo | null;
    requestId: string;
  };
};

/** A module router: validation failures become the API's VALIDATION error, localized. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        throw validationError(
          result.error.issues,
          c.get("ctx").locale,
          result.target === "param" ? "param" : "",
        );
      }
    },
  });
}

export const json = <T extends z.ZodType>(schema: T, description = "OK") => ({
  content: { "application/json": { schema } },
  description,
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** The error responses every staff route may give. */
export const errorResponses = {
  400: json(ErrorBody, "Invalid input"),
  401: json(ErrorBody, "Not signed in"),
  403: json(ErrorBody, "Not allowed"),
  404: json(ErrorBody, "Not found or out of scope"),
  409: json(ErrorBody, "Conflict"),
} satisfies RouteConfig["responses"];

export function ctxOf(c: Context<AppEnv>): Ctx {
  return c.get("ctx");
}

/** The signed-in actor; middleware has already answered 401 for anonymous calls to staff routes. */
export function actorOf(c: Context<AppEnv>): Actor {
  const actor = c.get("ctx").actor;
  if (!actor) {
    throw new Error("staff route reached without an actor");
  }
  return actor;
}
