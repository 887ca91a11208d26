import type { Role } from "@danvan/common";
import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/client";
import { agencies, applicants, auditEvents, roleGrants, staff, units } from "../../src/db/schema";
import { newId } from "../../src/platform/ids";
import { hashPassword } from "../../src/platform/passwords";
import type { TestApp } from "./harness";

let seq = 0;
const next = () => ++seq;
let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "Test@12345";

export async function buildUnit(
  db: Db,
  opts: {
    parentId?: string | null;
    name?: string;
    type?: string;
    validTo?: string | null;
    code?: string;
  } = {},
) {
  const id = newId();
  let path = `/${id}/`;
  let depth = 0;
  if (opts.parentId) {
    const [parent] = await db.select().from(units).where(eq(units.id, opts.parentId));
    path = `${parent!.path}${id}/`;
    depth = parent!.depth + 1;
  }
  const n = next();
  const [row] = await db
    .insert(units)
    .values({
      id,
      code: opts.code ?? `U${n}`,
      name: opts.name ?? `Đơn vị ${n}`,
      type: opts.type ?? (depth === 0 ? "tinh" : "xa"),
      parentId: opts.parentId ?? null,
      path,
      depth,
      validFrom: "2020-01-01",
      validTo: opts.validTo ?? null,
    })
    .returning();
  return row!;
}

export async function buildAgency(db: Db, unitId: string, opts: { name?: string; kind?: string } = {}) {
  const n = next();
  const [row] = await db
    .insert(agencies)
    .values({
      id: newId(),
      unitId,
      code: `A${n}`,
      name: opts.name ?? `Cơ quan ${n}`,
      kind: opts.kind ?? "department",
    })
    .returning();
  return row!;
}

export async function buildStaff(
  db: Db,
  opts: { unitId: string; roles?: Role[]; grantUnitId?: string; fullName?: string; username?: string },
) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const n = next();
  const id = newId();
  const [row] = await db
    .insert(staff)
    .values({
      id,
      username: opts.username ?? `user${n}`,
      fullName: opts.fullName ?? `Cán bộ ${n}`,
      email: `user${n}@test.local`,
      unitId: opts.unitId,
      passwordHash: await cachedHash,
    })
    .returning();
  for (const role of opts.roles ?? []) {
    await db
      .insert(roleGrants)
      .values({ id: newId(), staffId: id, role, unitId: opts.grantUnitId ?? opts.unitId });
  }
  return row!;
}

export async function buildPerson(db: Db, unitId: string, opts: { name?: string; personalId?: string } = {}) {
  const [row] = await db
    .insert(applicants)
    .values({
      id: newId(),
      kind: "person",
      name: opts.name ?? `Công dân ${next()}`,
      personalId: opts.personalId ?? null,
      unitId,
    })
    .returning();
  return row!;
}

export type Session = { cookie: string; csrf: string };

/** Signs in through the API, as the SPA does. */
export async function signIn(t: TestApp, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await t.app.request("/api/v1/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) {
    throw new Error(`sign-in failed for ${username}: ${res.status} ${await res.text()}`);
  }
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

type Init = { session?: Session; body?: unknown; headers?: Record<string, string>; csrf?: boolean };

/** Calls the app like the browser would: cookie, CSRF header on mutations, JSON body. */
export async function call(t: TestApp, method: string, path: string, init: Init = {}) {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.session) {
    headers.cookie = init.session.cookie;
    if (method !== "GET" && init.csrf !== false) {
      headers["x-csrf-token"] = init.session.csrf;
    }
  }
  if (init.body !== undefined) {
    headers["content-type"] = "application/json";
  }
  const res = await t.app.request(path, {
    method,
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  // biome-ignore lint/suspicious/noExplicitAny: test convenience for reading response bodies
  return { status: res.status, body: json as any, headers: res.headers };
}

/** A province with two communes under it: the usual shape of a scope test. */
export async function buildProvince(db: Db) {
  const province = await buildUnit(db, { type: "tinh" });
  const a = await buildUnit(db, { parentId: province.id, type: "xa" });
  const b = await buildUnit(db, { parentId: province.id, type: "xa" });
  return { province, a, b };
}

let clientSeq = 0;
/** Signs in from a fresh client address, so a file's many sign-ins stay under the per-address rate limit. */
export async function signInFresh(t: TestApp, username: string, password = TEST_PASSWORD): Promise<Session> {
  clientSeq += 1;
  const res = await t.app.request("/api/v1/auth/sign-in", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `10.9.${clientSeq >> 8}.${clientSeq & 255}`,
    },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) {
    throw new Error(`sign-in failed for ${username}: ${res.status} ${await res.text()}`);
  }
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

/** Audit events of one action (optionally of one entity), oldest first, read from the table. */
export async function auditOf(db: Db, action: string, entityId?: string) {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(auditEvents.seq);
  return entityId ? rows.filter((r) => r.entityId === entityId) : rows;
}

/** The field paths of a 400 answer, for `expect(...).toContain("personalId")`. */
export function detailPaths(body: { error?: { details?: { path: string }[] } }): string[] {
  return (body.error?.details ?? []).map((d) => d.path);
}
