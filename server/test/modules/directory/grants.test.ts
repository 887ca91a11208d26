import { ROLE_PERMISSIONS } from "@danvan/common";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleGrants } from "../../../src/db/schema";
import {
  auditOf,
  buildProvince,
  buildStaff,
  buildUnit,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

describe(`role grants on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceAdmin: Session;
  let adminA: Session;
  let leaderA: Session;
  const grantsOf = (staffId: string) => t.db.select().from(roleGrants).where(eq(roleGrants.staffId, staffId));

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const as = async (role: "admin" | "leader", unitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId, roles: [role] })).username);
    provinceAdmin = await as("admin", world.province.id);
    adminA = await as("admin", world.a.id);
    leaderA = await as("leader", world.a.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("POST /staff/{id}/grants", () => {
    const grant = (session: Session | undefined, staffId: string, body: unknown) =>
      call(t, "POST", `/api/v1/staff/${staffId}/grants`, { session, body });

    it("answers 401 anonymous, 404 for staff of another commune or for a leader", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id });
      const inB = await buildStaff(t.db, { unitId: world.b.id });
      expect((await grant(undefined, inA.id, { role: "clerk", unitId: world.a.id })).status).toBe(401);
      const other = await grant(adminA, inB.id, { role: "clerk", unitId: world.a.id });
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      const leader = await grant(leaderA, inA.id, { role: "clerk", unitId: world.a.id });
      expect(leader.status).toBe(404);
      expect(await grantsOf(inA.id)).toEqual([]);
      expect(await grantsOf(inB.id)).toEqual([]);
    });

    it("lets no commune admin grant a role on another commune or on the province (400 on unitId)", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id });
      const onB = await grant(adminA, inA.id, { role: "admin", unitId: world.b.id });
      expect(onB.status).toBe(400);
      expect(onB.body.error.code).toBe("VALIDATION");
      expect(detailPaths(onB.body)).toEqual(["unitId"]);
      const up = await grant(adminA, inA.id, { role: "admin", unitId: world.province.id });
      expect(detailPaths(up.body)).toEqual(["unitId"]);
      expect(await grantsOf(inA.id)).toEqual([]);
      expect(await auditOf(t.db, "directory.grant-role", inA.id)).toEqual([]);
    });

    it("answers 400 naming the field", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id });
      const role = await grant(adminA, inA.id, { role: "superuser", unitId: world.a.id });
      expect(role.status).toBe(400);
      expect(detailPaths(role.body)).toEqual(["role"]);
      const missing = await grant(adminA, inA.id, { role: "clerk" });
      expect(detailPaths(missing.body)).toEqual(["unitId"]);
      const unknown = await grant(adminA, inA.id, {
        role: "clerk",
        unitId: "0197a000-0000-7000-8000-000000000000",
      });
      expect(detailPaths(unknown.body)).toEqual(["unitId"]);
      const badId = await grant(adminA, "nope", { role: "clerk", unitId: world.a.id });
      expect(detailPaths(badId.body)).toEqual(["param.id"]);
    });

    it("grants a role inside the admin's scope, records directory.grant-role, 409 when repeated", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id });
      const hamlet = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const res = await grant(adminA, inA.id, { role: "handler", unitId: hamlet.id });
      expect(res.status).toBe(200);
      expect(res.body.grants).toEqual([
        expect.objectContaining({ role: "handler", unitId: hamlet.id, unitName: hamlet.name }),
      ]);
      const rows = await grantsOf(inA.id);
      expect(rows.map((g) => [g.role, g.unitId])).toEqual([["handler", hamlet.id]]);
      const [event] = await auditOf(t.db, "directory.grant-role", inA.id);
      expect(event!.unitId).toBe(world.a.id);
      expect((event!.after as { role: string }).role).toBe("handler");
      const again = await grant(adminA, inA.id, { role: "handler", unitId: hamlet.id });
      expect(again.status).toBe(409);
      expect(detailPaths(again.body)).toEqual(["role"]);
      expect(JSON.stringify(again.body)).toContain("đã có vai trò này");
      const session = await signInFresh(t, inA.username);
      const me = await call(t, "GET", "/api/v1/auth/me", { session });
      expect(me.body.user.permissions).toEqual([...ROLE_PERMISSIONS.handler].sort());
      expect(me.body.user.permissions).toContain("applicants.manage");
    });

    it("lets a province admin grant on any commune below", async () => {
      const inB = await buildStaff(t.db, { unitId: world.b.id });
      const res = await grant(provinceAdmin, inB.id, { role: "inspector", unitId: world.b.id });
      expect(res.status).toBe(200);
      expect(await grantsOf(inB.id)).toHaveLength(1);
    });
  });

  describe("DELETE /staff/{id}/grants/{grantId}", () => {
    const revoke = (session: Session | undefined, staffId: string, grantId: string) =>
      call(t, "DELETE", `/api/v1/staff/${staffId}/grants/${grantId}`, { session });
    const grantIdOf = async (staffId: string, unitId: string) =>
      (
        await t.db
          .select()
          .from(roleGrants)
          .where(and(eq(roleGrants.staffId, staffId), eq(roleGrants.unitId, unitId)))
      )[0]!.id;

    it("answers 401 anonymous, 404 for staff of another commune or for a leader", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk"] });
      const inB = await buildStaff(t.db, { unitId: world.b.id, roles: ["clerk"] });
      const grantA = await grantIdOf(inA.id, world.a.id);
      const grantB = await grantIdOf(inB.id, world.b.id);
      expect((await revoke(undefined, inA.id, grantA)).status).toBe(401);
      const other = await revoke(adminA, inB.id, grantB);
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      expect((await revoke(leaderA, inA.id, grantA)).status).toBe(404);
      expect(await grantsOf(inA.id)).toHaveLength(1);
      expect(await grantsOf(inB.id)).toHaveLength(1);
    });

    it("answers 404 for a grant on a unit outside the admin's scope, or of another person", async () => {
      const inA = await buildStaff(t.db, {
        unitId: world.a.id,
        roles: ["leader"],
        grantUnitId: world.province.id,
      });
      const provinceGrant = await grantIdOf(inA.id, world.province.id);
      const res = await revoke(adminA, inA.id, provinceGrant);
      expect(res.status).toBe(404);
      const someoneElse = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk"] });
      const foreign = await grantIdOf(someoneElse.id, world.a.id);
      expect((await revoke(adminA, inA.id, foreign)).status).toBe(404);
      expect(await grantsOf(inA.id)).toHaveLength(1);
      expect(await grantsOf(someoneElse.id)).toHaveLength(1);
    });

    it("answers 400 on a malformed grant id", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id });
      const res = await revoke(adminA, inA.id, "not-a-uuid");
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["param.grantId"]);
    });

    it("removes the grant and records directory.revoke-grant", async () => {
      const inA = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk", "handler"] });
      const [clerk] = (await grantsOf(inA.id)).filter((g) => g.role === "clerk");
      const res = await revoke(adminA, inA.id, clerk!.id);
      expect(res.status).toBe(200);
      expect(res.body.grants.map((g: { role: string }) => g.role)).toEqual(["handler"]);
      expect((await grantsOf(inA.id)).map((g) => g.role)).toEqual(["handler"]);
      const [event] = await auditOf(t.db, "directory.revoke-grant", inA.id);
      expect((event!.before as { id: string; role: string }).role).toBe("clerk");
      expect((await revoke(adminA, inA.id, clerk!.id)).status).toBe(404);
    });
  });

  it("refuses to remove the last admin grant of the system (412)", async () => {
    const solo = await createTestApp();
    try {
      const root = await buildUnit(solo.db, { type: "tinh" });
      const admin = await buildStaff(solo.db, { unitId: root.id, roles: ["admin"] });
      const session = await signInFresh(solo, admin.username);
      const [only] = await solo.db.select().from(roleGrants).where(eq(roleGrants.staffId, admin.id));
      const res = await call(solo, "DELETE", `/api/v1/staff/${admin.id}/grants/${only!.id}`, { session });
      expect(res.status).toBe(412);
      expect(res.body.error.code).toBe("PRECONDITION_FAILED");
      expect(await solo.db.select().from(roleGrants).where(eq(roleGrants.staffId, admin.id))).toHaveLength(1);
    } finally {
      await solo.close();
    }
  });
});
