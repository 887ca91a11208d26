import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitSuccessions, units } from "../../../src/db/schema";
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

type Unit = {
  id: string;
  name: string;
  isActive: boolean;
  successors: { id: string }[];
  predecessors: { id: string }[];
};

describe(`units on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceAdmin: Session;
  let adminA: Session;
  let leaderA: Session;
  let clerkA: Session;
  const newUnit = (parentId: string | null, extra: Record<string, unknown> = {}) => ({
    code: `N${Math.random().toString(36).slice(2, 8)}`,
    name: "Xã Mới",
    type: "xa",
    parentId,
    validFrom: "2025-07-01",
    ...extra,
  });
  const ids = (items: { id: string }[]) => items.map((u) => u.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const staff = async (roles: ("admin" | "leader" | "clerk")[], grantUnitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId: grantUnitId, roles, grantUnitId })).username);
    provinceAdmin = await staff(["admin"], world.province.id);
    adminA = await staff(["admin"], world.a.id);
    leaderA = await staff(["leader"], world.a.id);
    clerkA = await staff(["clerk"], world.a.id);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /units", () => {
    it("answers 401 anonymous and 400 on a bad includeHistory", async () => {
      expect((await call(t, "GET", "/api/v1/units")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/units?includeHistory=yes", { session: adminA });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["includeHistory"]);
    });

    it("shows a commune's staff only their commune, and a province admin everything below", async () => {
      const a = await call(t, "GET", "/api/v1/units", { session: adminA });
      expect(a.status).toBe(200);
      expect(ids(a.body.items)).toEqual([world.a.id]);
      expect(a.body.items[0].abilities).toEqual({ update: true, createChild: true, retire: true });
      const clerk = await call(t, "GET", "/api/v1/units", { session: clerkA });
      expect(ids(clerk.body.items)).toEqual([world.a.id]);
      expect(clerk.body.items[0].abilities).toEqual({ update: false, createChild: false, retire: false });
      const all = await call(t, "GET", "/api/v1/units", { session: provinceAdmin });
      expect(ids(all.body.items)).toEqual(
        expect.arrayContaining([world.province.id, world.a.id, world.b.id]),
      );
      expect(all.body.items[0].id).toBe(world.province.id);
    });
  });

  describe("POST /units", () => {
    it("answers 401 anonymous", async () => {
      expect((await call(t, "POST", "/api/v1/units", { body: newUnit(world.a.id) })).status).toBe(401);
    });

    it("answers 404 under another commune or for a leader, 403 for a root unit without a root grant", async () => {
      const other = await call(t, "POST", "/api/v1/units", { session: adminA, body: newUnit(world.b.id) });
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      const leader = await call(t, "POST", "/api/v1/units", { session: leaderA, body: newUnit(world.a.id) });
      expect(leader.status).toBe(404);
      const root = await call(t, "POST", "/api/v1/units", {
        session: adminA,
        body: newUnit(null, { type: "tinh" }),
      });
      expect(root.status).toBe(403);
      expect(root.body.error.code).toBe("FORBIDDEN");
      expect(await t.db.select().from(units).where(eq(units.parentId, world.b.id))).toHaveLength(0);
    });

    it("answers 400 naming the field", async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ code: "a b" }, "code"],
        [{ name: undefined }, "name"],
        [{ type: "quan" }, "type"],
        [{ validFrom: "01/07/2025" }, "validFrom"],
        [{ validFrom: "2025-13-01" }, "validFrom"],
        [{ validFrom: "2025-02-30" }, "validFrom"],
        [{ validFrom: "2019-12-31" }, "validFrom"],
        [{ parentId: "not-a-uuid" }, "parentId"],
        [{ parentId: "0197a000-0000-7000-8000-000000000000" }, "parentId"],
      ];
      for (const [extra, path] of cases) {
        const res = await call(t, "POST", "/api/v1/units", {
          session: adminA,
          body: newUnit(world.a.id, extra),
        });
        expect({ extra, status: res.status, code: res.body.error?.code }).toEqual({
          extra,
          status: 400,
          code: "VALIDATION",
        });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("creates a child unit with its path, and records directory.create-unit", async () => {
      const res = await call(t, "POST", "/api/v1/units", {
        session: adminA,
        body: newUnit(world.a.id, { code: "XOM-1", name: "Xóm Một", type: "xom", isRemote: true }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        code: "XOM-1",
        name: "Xóm Một",
        parentId: world.a.id,
        depth: 2,
        isActive: true,
      });
      const [row] = await t.db.select().from(units).where(eq(units.id, res.body.id));
      expect(row).toMatchObject({
        path: `${world.a.path}${res.body.id}/`,
        isRemote: true,
        validFrom: "2025-07-01",
      });
      const [event] = await auditOf(t.db, "directory.create-unit", res.body.id);
      expect(event).toMatchObject({ entityType: "unit", unitId: res.body.id });
      expect((event!.after as { name: string }).name).toBe("Xóm Một");
      const dup = await call(t, "POST", "/api/v1/units", {
        session: adminA,
        body: newUnit(world.a.id, { code: "XOM-1" }),
      });
      expect(dup.status).toBe(409);
      expect(detailPaths(dup.body)).toEqual(["code"]);
    });

    it("lets a root admin create a province", async () => {
      const res = await call(t, "POST", "/api/v1/units", {
        session: provinceAdmin,
        body: newUnit(null, { type: "tinh" }),
      });
      expect(res.status).toBe(201);
      expect(res.body.depth).toBe(0);
      const [row] = await t.db.select().from(units).where(eq(units.id, res.body.id));
      expect(row!.path).toBe(`/${res.body.id}/`);
    });
  });

  describe("PATCH /units/{id}", () => {
    it("answers 401 anonymous, 404 out of scope or for a leader", async () => {
      expect((await call(t, "PATCH", `/api/v1/units/${world.a.id}`, { body: { name: "X" } })).status).toBe(
        401,
      );
      const other = await call(t, "PATCH", `/api/v1/units/${world.b.id}`, {
        session: adminA,
        body: { name: "X" },
      });
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      const leader = await call(t, "PATCH", `/api/v1/units/${world.a.id}`, {
        session: leaderA,
        body: { name: "X" },
      });
      expect(leader.status).toBe(404);
      const up = await call(t, "PATCH", `/api/v1/units/${world.province.id}`, {
        session: adminA,
        body: { name: "X" },
      });
      expect(up.status).toBe(404);
      const [b] = await t.db.select().from(units).where(eq(units.id, world.b.id));
      expect(b!.name).toBe(world.b.name);
    });

    it("answers 400 naming the field", async () => {
      const empty = await call(t, "PATCH", `/api/v1/units/${world.a.id}`, {
        session: adminA,
        body: { name: " " },
      });
      expect(empty.status).toBe(400);
      expect(detailPaths(empty.body)).toEqual(["name"]);
      const flag = await call(t, "PATCH", `/api/v1/units/${world.a.id}`, {
        session: adminA,
        body: { isRemote: "yes" },
      });
      expect(detailPaths(flag.body)).toEqual(["isRemote"]);
      const id = await call(t, "PATCH", "/api/v1/units/123", { session: adminA, body: { name: "X" } });
      expect(id.status).toBe(400);
      expect(detailPaths(id.body)).toEqual(["param.id"]);
    });

    it("renames a unit and records directory.update-unit with before and after", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, name: "Thôn Cũ", type: "thon" });
      const res = await call(t, "PATCH", `/api/v1/units/${unit.id}`, {
        session: adminA,
        body: { name: "Thôn Mới", reason: "Đổi tên theo nghị quyết" },
      });
      expect(res.status).toBe(200);
      expect(res.body.name).toBe("Thôn Mới");
      const [row] = await t.db.select().from(units).where(eq(units.id, unit.id));
      expect(row!.name).toBe("Thôn Mới");
      const [event] = await auditOf(t.db, "directory.update-unit", unit.id);
      expect((event!.before as { name: string }).name).toBe("Thôn Cũ");
      expect((event!.after as { name: string }).name).toBe("Thôn Mới");
      expect(event!.reason).toBe("Đổi tên theo nghị quyết");
    });
  });

  describe("POST /units/{id}/retire", () => {
    const retire = (session: Session | undefined, id: string, body: Record<string, unknown>) =>
      call(t, "POST", `/api/v1/units/${id}/retire`, { session, body });

    it("answers 401 anonymous and 404 out of scope", async () => {
      const body = { validTo: "2025-06-30", successorIds: [], reason: "Sáp nhập" };
      expect((await retire(undefined, world.b.id, body)).status).toBe(401);
      const res = await retire(adminA, world.b.id, body);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
      expect((await retire(leaderA, world.a.id, body)).status).toBe(404);
      const [b] = await t.db.select().from(units).where(eq(units.id, world.b.id));
      expect(b!.validTo).toBeNull();
    });

    it("answers 400 naming the field", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const ok = { validTo: "2025-06-30", successorIds: [], reason: "Sáp nhập" };
      const cases: [Record<string, unknown>, string][] = [
        [{ reason: undefined }, "reason"],
        [{ validTo: "2025-13-01" }, "validTo"],
        [{ validTo: "2019-01-01" }, "validTo"],
        [{ successorIds: ["x"] }, "successorIds.0"],
        [{ successorIds: [unit.id] }, "successorIds"],
        [{ successorIds: ["0197a000-0000-7000-8000-000000000000"] }, "successorIds"],
      ];
      for (const [extra, path] of cases) {
        const res = await retire(adminA, unit.id, { ...ok, ...extra });
        expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
      const [row] = await t.db.select().from(units).where(eq(units.id, unit.id));
      expect(row!.validTo).toBeNull();
    });

    it("merges two units into a successor: history kept, links both ways, 412 the second time", async () => {
      const old1 = await buildUnit(t.db, { parentId: world.a.id, name: "Thôn Đông", type: "thon" });
      const old2 = await buildUnit(t.db, { parentId: world.a.id, name: "Thôn Tây", type: "thon" });
      const merged = await buildUnit(t.db, { parentId: world.a.id, name: "Thôn Đông Tây", type: "thon" });
      for (const old of [old1, old2]) {
        const res = await retire(adminA, old.id, {
          validTo: "2025-06-30",
          successorIds: [merged.id],
          reason: "Sáp nhập",
        });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ id: old.id, isActive: false, validTo: "2025-06-30" });
        expect(ids(res.body.successors)).toEqual([merged.id]);
      }
      expect(await t.db.select().from(units).where(eq(units.id, old1.id))).toHaveLength(1);
      const links = await t.db.select().from(unitSuccessions).where(eq(unitSuccessions.toUnitId, merged.id));
      expect(links.map((l) => l.fromUnitId).sort()).toEqual([old1.id, old2.id].sort());

      const current = (await call(t, "GET", "/api/v1/units", { session: adminA })).body.items as Unit[];
      expect(ids(current)).not.toContain(old1.id);
      expect(ids(current.find((u) => u.id === merged.id)!.predecessors).sort()).toEqual(
        [old1.id, old2.id].sort(),
      );
      const history = (await call(t, "GET", "/api/v1/units?includeHistory=true", { session: adminA })).body
        .items as Unit[];
      const old = history.find((u) => u.id === old1.id)!;
      expect(old).toMatchObject({ isActive: false, name: "Thôn Đông" });
      expect(ids(old.successors)).toEqual([merged.id]);

      const [event] = await auditOf(t.db, "directory.retire-unit", old1.id);
      expect(event!.reason).toBe("Sáp nhập");
      expect((event!.after as { successorIds: string[] }).successorIds).toEqual([merged.id]);

      const again = await retire(adminA, old1.id, {
        validTo: "2025-07-01",
        successorIds: [],
        reason: "Lần hai",
      });
      expect(again.status).toBe(412);
      expect(again.body.error.code).toBe("PRECONDITION_FAILED");
      const rename = await call(t, "PATCH", `/api/v1/units/${old1.id}`, {
        session: adminA,
        body: { name: "X" },
      });
      expect(rename.status).toBe(412);
      const child = await call(t, "POST", "/api/v1/units", { session: adminA, body: newUnit(old1.id) });
      expect(child.status).toBe(400);
      expect(detailPaths(child.body)).toEqual(["parentId"]);
      expect(await auditOf(t.db, "directory.retire-unit", old1.id)).toHaveLength(1);
    });

    it("refuses a successor that is itself retired by then", async () => {
      const gone = await buildUnit(t.db, { parentId: world.a.id, type: "thon", validTo: "2025-01-01" });
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const res = await retire(adminA, unit.id, {
        validTo: "2025-06-30",
        successorIds: [gone.id],
        reason: "Sáp nhập",
      });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["successorIds"]);
    });
  });
});
