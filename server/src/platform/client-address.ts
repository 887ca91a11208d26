import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address rate limits and sessions key on. X-Forwarded-For is anyone's to forge, so it is
 * read only when TRUST_PROXY says a reverse proxy in front of us sets it; otherwise the socket's.
 */
export function clientAddress(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) {
      return forwarded.slice(0, 64);
    }
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // In-process requests (tests, app.request) have no socket.
    return null;
  }
}
