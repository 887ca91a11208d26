import { ROLE_PERMISSIONS, type Role } from "@danvan/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, staff } from "../../../src/db/schema";
import {
  auditOf,
  buildProvince,
  buildStaff,
  call,
  detailPaths,
  type Session,
  signInFresh,
  TEST_PASSWORD,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

/** What /auth/me should report for these roles: the sorted union of the shared permission matrix. */
const union = (...roles: Role[]) => [...new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]))].sort();

let ip = 0;
/** A raw sign-in attempt from its own client address (the per-address limiter is not under test here). */
function attempt(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  ip += 1;
  return call(t, "POST", "/api/v1/auth/sign-in", {
    body,
    headers: { "x-forwarded-for": `10.1.0.${ip}`, ...headers },
  });
}

describe(`auth on ${DB_KIND}`, () => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof buildProvince>>;
  beforeAll(async () => {
    t = await createTestApp();
    units = await buildProvince(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("POST /auth/sign-in", () => {
    it("answers 400 naming the missing field", async () => {
      const res = await attempt(t, { password: TEST_PASSWORD });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION");
      expect(detailPaths(res.body)).toEqual(["username"]);
    });

    it("answers 401 badCredentials in Vietnamese by default and in English when asked", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const vi = await attempt(t, { username: user.username, password: "Wrong@12345" });
      expect(vi.status).toBe(401);
      expect(vi.body.error).toEqual({
        code: "UNAUTHORIZED",
        message: "Tên đăng nhập hoặc mật khẩu không đúng",
      });
      const en = await attempt(
        t,
        { username: user.username, password: "Wrong@12345" },
        { "accept-language": "en-US,en;q=0.9" },
      );
      expect(en.status).toBe(401);
      expect(en.body.error.message).toBe("Wrong username or password");
      expect(en.headers.get("set-cookie")).toBeNull();
    });

    it("gives an unknown user the same answer as a wrong password", async () => {
      const res = await attempt(t, { username: "nobody.here", password: TEST_PASSWORD });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe("Tên đăng nhập hoặc mật khẩu không đúng");
    });

    it("signs in, sets an httpOnly cookie, stores the session and records auth.sign-in", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"], fullName: "Lê Thị Hoa" });
      const res = await attempt(t, { username: user.username.toUpperCase(), password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ id: user.id, username: user.username, fullName: "Lê Thị Hoa" });
      expect(res.body.csrfToken).toMatch(/^[\w-]{20,}$/);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^dv_session=[\w-]+;/);
      expect(cookie).toContain("HttpOnly");
      const rows = await t.db.select().from(sessions).where(eq(sessions.staffId, user.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.csrfToken).toBe(res.body.csrfToken);
      const events = await auditOf(t.db, "auth.sign-in", user.id);
      expect(events).toHaveLength(1);
      expect(events[0]!.actorId).toBe(user.id);
      expect(events[0]!.unitId).toBe(units.a.id);
    });

    it("locks the account after 5 failures: 423 ACCOUNT_LOCKED even with the right password", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      for (let i = 0; i < 5; i++) {
        const res = await attempt(t, { username: user.username, password: `Wrong@${i}0000` });
        expect(res.status).toBe(401);
      }
      const locked = await attempt(t, { username: user.username, password: TEST_PASSWORD });
      expect(locked.status).toBe(423);
      expect(locked.body.error.code).toBe("ACCOUNT_LOCKED");
      expect(locked.body.error.message).toBe(
        "Tài khoản tạm khóa do đăng nhập sai nhiều lần, thử lại sau 15 phút",
      );
      const [row] = await t.db.select().from(staff).where(eq(staff.id, user.id));
      expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
      expect(await auditOf(t.db, "auth.lock", user.id)).toHaveLength(1);
      expect(await t.db.select().from(sessions).where(eq(sessions.staffId, user.id))).toHaveLength(0);
    });

    it("resets the failure count after a successful sign-in", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      for (let i = 0; i < 4; i++) {
        expect((await attempt(t, { username: user.username, password: "Wrong@12345" })).status).toBe(401);
      }
      expect((await attempt(t, { username: user.username, password: TEST_PASSWORD })).status).toBe(200);
      expect((await attempt(t, { username: user.username, password: "Wrong@12345" })).status).toBe(401);
      expect((await attempt(t, { username: user.username, password: TEST_PASSWORD })).status).toBe(200);
    });

    it("refuses a disabled account", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      await t.db.update(staff).set({ isActive: false }).where(eq(staff.id, user.id));
      const res = await attempt(t, { username: user.username, password: TEST_PASSWORD });
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe("Tài khoản đã bị vô hiệu hóa");
    });
  });

  describe("POST /auth/sign-out", () => {
    it("answers 401 anonymous and 403 without the CSRF token", async () => {
      expect((await call(t, "POST", "/api/v1/auth/sign-out")).status).toBe(401);
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const session = await signInFresh(t, user.username);
      const res = await call(t, "POST", "/api/v1/auth/sign-out", { session, csrf: false });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("CSRF");
      expect((await call(t, "GET", "/api/v1/auth/me", { session })).status).toBe(200);
    });

    it("ends the session: the cookie is cleared and no longer works", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const session = await signInFresh(t, user.username);
      const other = await signInFresh(t, user.username);
      const res = await call(t, "POST", "/api/v1/auth/sign-out", { session });
      expect(res.status).toBe(204);
      expect(res.headers.get("set-cookie")).toMatch(/^dv_session=;.*Max-Age=0/);
      const after = await call(t, "GET", "/api/v1/auth/me", { session });
      expect(after.status).toBe(401);
      expect(after.body.error.code).toBe("UNAUTHORIZED");
      expect((await call(t, "GET", "/api/v1/auth/me", { session: other })).status).toBe(200);
      expect(await t.db.select().from(sessions).where(eq(sessions.staffId, user.id))).toHaveLength(1);
    });
  });

  describe("GET /auth/me", () => {
    it("answers 401 anonymous and for an unknown cookie", async () => {
      expect((await call(t, "GET", "/api/v1/auth/me")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/auth/me", { headers: { cookie: "dv_session=forged" } });
      expect(res.status).toBe(401);
    });

    it("returns the user, grants with unit names, and the permissions of a leader", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["leader"] });
      const session = await signInFresh(t, user.username);
      const res = await call(t, "GET", "/api/v1/auth/me", { session });
      expect(res.status).toBe(200);
      expect(res.body.csrfToken).toBe(session.csrf);
      expect(res.body.user).toMatchObject({
        id: user.id,
        unitId: units.a.id,
        unitName: units.a.name,
        locale: "vi",
      });
      expect(res.body.user.grants).toEqual([
        expect.objectContaining({
          role: "leader",
          unitId: units.a.id,
          unitName: units.a.name,
          unitCode: units.a.code,
        }),
      ]);
      expect(res.body.user.permissions).toEqual(union("leader"));
      expect(res.body.user.permissions).toEqual(
        expect.arrayContaining(["directory.staff.read", "tasks.create"]),
      );
      for (const denied of [
        "directory.staff.manage",
        "directory.units.manage",
        "audit.read",
        "jobs.manage",
      ]) {
        expect(res.body.user.permissions).not.toContain(denied);
      }
    });

    it("unions the permissions of several roles and gives none without grants", async () => {
      const both = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk", "inspector"] });
      const res = await call(t, "GET", "/api/v1/auth/me", { session: await signInFresh(t, both.username) });
      expect(res.body.user.permissions).toEqual(union("clerk", "inspector"));
      expect(res.body.user.permissions).toEqual(expect.arrayContaining(["applicants.manage", "audit.read"]));
      expect(res.body.user.permissions).not.toContain("directory.staff.manage");
      const bare = await buildStaff(t.db, { unitId: units.a.id });
      const none = await call(t, "GET", "/api/v1/auth/me", { session: await signInFresh(t, bare.username) });
      expect(none.body.user.grants).toEqual([]);
      expect(none.body.user.permissions).toEqual([]);
    });
  });

  describe("PATCH /auth/me", () => {
    it("answers 401 anonymous", async () => {
      expect((await call(t, "PATCH", "/api/v1/auth/me", { body: { locale: "en" } })).status).toBe(401);
    });

    it("answers 400 on an unsupported locale", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const session = await signInFresh(t, user.username);
      const res = await call(t, "PATCH", "/api/v1/auth/me", { session, body: { locale: "fr" } });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["locale"]);
      const [row] = await t.db.select().from(staff).where(eq(staff.id, user.id));
      expect(row!.locale).toBe("vi");
    });

    it("persists the locale, returns it from /auth/me, and speaks it in later errors", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const session = await signInFresh(t, user.username);
      const res = await call(t, "PATCH", "/api/v1/auth/me", { session, body: { locale: "en" } });
      expect(res.status).toBe(200);
      expect(res.body.user.locale).toBe("en");
      const [row] = await t.db.select().from(staff).where(eq(staff.id, user.id));
      expect(row!.locale).toBe("en");
      expect((await call(t, "GET", "/api/v1/auth/me", { session })).body.user.locale).toBe("en");
      const later = await call(t, "PATCH", "/api/v1/auth/me", { session, body: { locale: "xx" } });
      expect(later.body.error.message).toBe("Invalid input");
      const [event] = await auditOf(t.db, "auth.update-me", user.id);
      expect(event!.before).toEqual({ locale: "vi" });
      expect(event!.after).toEqual({ locale: "en" });
    });
  });

  describe("POST /auth/password", () => {
    const change = (session: Session | undefined, body: unknown) =>
      call(t, "POST", "/api/v1/auth/password", { session, body });

    it("answers 401 anonymous", async () => {
      expect(
        (await change(undefined, { currentPassword: TEST_PASSWORD, newPassword: "New@pass123" })).status,
      ).toBe(401);
    });

    it("answers 400 on a weak new password or a wrong current password", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const session = await signInFresh(t, user.username);
      const short = await change(session, { currentPassword: TEST_PASSWORD, newPassword: "a1" });
      expect(short.status).toBe(400);
      expect(detailPaths(short.body)).toEqual(["newPassword"]);
      const noDigit = await change(session, { currentPassword: TEST_PASSWORD, newPassword: "onlyletters" });
      expect(noDigit.body.error.details).toEqual([
        { path: "newPassword", message: "Mật khẩu phải có chữ số" },
      ]);
      const missing = await change(session, { newPassword: "New@pass123" });
      expect(detailPaths(missing.body)).toEqual(["currentPassword"]);
      const wrong = await change(session, { currentPassword: "Wrong@12345", newPassword: "New@pass123" });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.details).toEqual([
        { path: "currentPassword", message: "Mật khẩu hiện tại không đúng" },
      ]);
      expect(await auditOf(t.db, "auth.change-password", user.id)).toHaveLength(0);
    });

    it("changes the password and ends the user's other sessions only", async () => {
      const user = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const bystander = await buildStaff(t.db, { unitId: units.a.id, roles: ["clerk"] });
      const current = await signInFresh(t, user.username);
      const other = await signInFresh(t, user.username);
      const theirs = await signInFresh(t, bystander.username);
      await t.db.update(staff).set({ mustChangePassword: true }).where(eq(staff.id, user.id));
      const res = await change(current, { currentPassword: TEST_PASSWORD, newPassword: "New@pass123" });
      expect(res.status).toBe(204);
      expect((await call(t, "GET", "/api/v1/auth/me", { session: other })).status).toBe(401);
      const me = await call(t, "GET", "/api/v1/auth/me", { session: current });
      expect(me.status).toBe(200);
      expect(me.body.user.mustChangePassword).toBe(false);
      expect((await call(t, "GET", "/api/v1/auth/me", { session: theirs })).status).toBe(200);
      expect((await attempt(t, { username: user.username, password: TEST_PASSWORD })).status).toBe(401);
      expect((await attempt(t, { username: user.username, password: "New@pass123" })).status).toBe(200);
      const [event] = await auditOf(t.db, "auth.change-password", user.id);
      expect(event!.actorId).toBe(user.id);
      expect(JSON.stringify(event)).not.toContain("New@pass123");
    });
  });
});
