import { createHash, randomBytes } from "node:crypto";
import type { Config } from "../../platform/config";
import { secretsFor } from "../../platform/secrets";

/** The rating token of an interaction: a keyed hash of its id, so a slip can print it again later. */
export function ratingToken(config: Pick<Config, "dataDir">, interactionId: string): string {
  return secretsFor(config).blindIndex(`rating-token:${interactionId}`)!;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A kiosk's key: random, shown once to the clerk who binds the tablet. */
export function newKioskKey(): string {
  return randomBytes(24).toString("base64url");
}

export const ratingPath = (token: string) => `/public/danh-gia/${token}`;
