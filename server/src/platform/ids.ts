import { randomUUID } from "node:crypto";

/**
 * UUIDv7 generated in the app: PostgreSQL 15 has no uuidv7(), and time-ordered ids keep indexes compact.
 * The random part comes from randomUUID(), which Node draws from a cached pool of entropy (a fresh
 * randomBytes() per id was a visible share of a filing's CPU); its variant bits are already RFC 9562's.
 */
export function newId(): string {
  const ms = Date.now().toString(16).padStart(12, "0");
  return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${randomUUID().slice(15)}`;
}
