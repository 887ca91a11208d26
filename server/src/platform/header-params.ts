import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./http";
import { IDEMPOTENCY_HEADER } from "./idempotency";
import { parseOrThrow } from "./validation";

/*
 * Headers a public route takes are read by name and described as OpenAPI parameters, rather than declared
 * under `request.headers`: that adds a validator which copies every header of the request into an object
 * first, about a fifth of the server's CPU on the public status lookup, the most frequent request.
 */

const PIN_HEADER = "x-tracking-pin";
/** A tracking PIN as a citizen types it (header or query). */
export const TrackingPin = z.string().trim().min(1).max(32);
const RequiredPin = z.object({ [PIN_HEADER]: TrackingPin });
const OptionalPin = z.object({ [PIN_HEADER]: TrackingPin.optional() });
const Key = z.object({ [IDEMPOTENCY_HEADER]: z.string().max(200).optional() });

/** X-Tracking-Pin in the OpenAPI description. */
export function trackingPinParameter(required: boolean) {
  return {
    name: "X-Tracking-Pin",
    in: "header" as const,
    required,
    description: "The PIN given with the tracking code",
    schema: { type: "string" as const, minLength: 1, maxLength: 32 },
  };
}

/** Idempotency-Key in the OpenAPI description. */
export const idempotencyKeyParameter = {
  name: "Idempotency-Key",
  in: "header" as const,
  required: false,
  description: "A retry with the same key and body gets the first answer again",
  schema: { type: "string" as const, maxLength: 200 },
};

/** The PIN from X-Tracking-Pin, trimmed; a missing, empty or too long one is the usual VALIDATION error. */
export function trackingPin(c: Context<AppEnv>, required: true): string;
export function trackingPin(c: Context<AppEnv>, required: false): string | undefined;
export function trackingPin(c: Context<AppEnv>, required: boolean): string | undefined {
  const input = { [PIN_HEADER]: c.req.header(PIN_HEADER) };
  return parseOrThrow(required ? RequiredPin : OptionalPin, input, c.get("ctx").locale)[PIN_HEADER];
}

/** The Idempotency-Key header, if sent (its format is checked where the key is claimed). */
export function idempotencyKey(c: Context<AppEnv>): string | undefined {
  const input = { [IDEMPOTENCY_HEADER]: c.req.header(IDEMPOTENCY_HEADER) };
  return parseOrThrow(Key, input, c.get("ctx").locale)[IDEMPOTENCY_HEADER];
}
