import { createHash, randomBytes } from "node:crypto";
import { type Role, SESSION_COOKIE } from "@danvan/common";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { Db } from "../db/client";
import { roleGrants, sessions, staff, units } from "../db/schema";
import type { Config } from "./config";
import type { Actor } from "./context";

const IDLE_MS = 8 * 3600_000;
const REFRESH_BELOW_MS = 6 * 3600_000;

const sha256 = (v: string) => createHash("sha256").update(v).digest("hex");

export async function createSession(
  db: Db,
  staffId: string,
  meta: { ip: string | null; userAgent: string | null },
) {
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + IDLE_MS);
  await db.insert(sessions).values({
    id: sha256(token),
    staffId,
    csrfToken,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function loadGrants(db: Db, staffId: string): Promise<Actor["grants"]> {
  const rows = await db
    .select({ id: roleGrants.id, role: roleGrants.role, unitId: roleGrants.unitId, unitPath: units.path })
    .from(roleGrants)
    .innerJoin(units, eq(units.id, roleGrants.unitId))
    .where(eq(roleGrants.staffId, staffId));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

/** Resolves the cookie to an active session and its actor; slides the expiry now and then. */
export async function resolveSession(db: Db, token: string) {
  const id = sha256(token);
  const [row] = await db
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      staffId: staff.id,
      username: staff.username,
      fullName: staff.fullName,
      unitId: staff.unitId,
      locale: staff.locale,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(staff.isActive, true)));
  if (!row) {
    return null;
  }
  if (row.expiresAt.getTime() - Date.now() < REFRESH_BELOW_MS) {
    await db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() + IDLE_MS) })
      .where(eq(sessions.id, id));
  }
  const actor: Actor = {
    id: row.staffId,
    username: row.username,
    fullName: row.fullName,
    unitId: row.unitId,
    grants: await loadGrants(db, row.staffId),
  };
  return {
    session: { id, csrfToken: row.csrfToken },
    actor,
    locale: row.locale === "en" ? "en" : "vi",
  } as const;
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export function setSessionCookie(c: Context, config: Config, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: config.cookieSecure,
    path: "/",
    expires: new Date(expiresAt.getTime() + 7 * 86400_000),
  });
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: "/" });
}
