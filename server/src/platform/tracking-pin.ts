import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./http";
import { parseOrThrow } from "./validation";

const HEADER = "x-tracking-pin";
const Pin = z.string().trim().min(1).max(32);
const Required = z.object({ [HEADER]: Pin });
const Optional = z.object({ [HEADER]: Pin.optional() });

/**
 * X-Tracking-Pin in the OpenAPI description. The routes read it with `trackingPin` rather than declaring
 * it under `request.headers`: that adds a validator which copies every header of the request first, about
 * a fifth of the server's CPU on the public status lookup, the most frequent request.
 */
export function trackingPinParameter(required: boolean) {
  return {
    name: "X-Tracking-Pin",
    in: "header" as const,
    required,
    description: "The PIN given with the tracking code",
    schema: { type: "string" as const, minLength: 1, maxLength: 32 },
  };
}

/** The PIN from X-Tracking-Pin, trimmed; a missing, empty or too long one is the usual VALIDATION error. */
export function trackingPin(c: Context<AppEnv>, required: true): string;
export function trackingPin(c: Context<AppEnv>, required: false): string | undefined;
export function trackingPin(c: Context<AppEnv>, required: boolean): string | undefined {
  const input = { [HEADER]: c.req.header(HEADER) };
  const parsed = parseOrThrow(required ? Required : Optional, input, c.get("ctx").locale);
  return parsed[HEADER];
}
