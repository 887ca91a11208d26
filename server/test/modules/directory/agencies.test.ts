import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agencies, positions } from "../../../src/db/schema";
import {
  auditOf,
  buildAgency,
  buildProvince,
  buildStaff,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

describe(`agencies and positions on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceAdmin: Session;
  let adminA: Session;
  let leaderA: Session;
  let agencyA: Awaited<ReturnType<typeof buildAgency>>;
  let agencyB: Awaited<ReturnType<typeof buildAgency>>;
  const ids = (items: { id: string }[]) => items.map((x) => x.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const as = async (role: "admin" | "leader", unitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId, roles: [role] })).username);
    provinceAdmin = await as("admin", world.province.id);
    adminA = await as("admin", world.a.id);
    leaderA = await as("leader", world.a.id);
    agencyA = await buildAgency(t.db, world.a.id, { name: "Văn phòng UBND xã A", kind: "office" });
    agencyB = await buildAgency(t.db, world.b.id, { name: "Văn phòng UBND xã B", kind: "office" });
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /agencies", () => {
    it("answers 401 anonymous and 400 on a bad unitId", async () => {
      expect((await call(t, "GET", "/api/v1/agencies")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/agencies?unitId=abc", { session: adminA });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["unitId"]);
    });

    it("lists only agencies in scope; asking for another commune's unit gives nothing", async () => {
      const mine = await call(t, "GET", "/api/v1/agencies", { session: adminA });
      expect(mine.status).toBe(200);
      expect(ids(mine.body.items)).toEqual([agencyA.id]);
      expect(mine.body.items[0]).toMatchObject({
        unitName: world.a.name,
        kind: "office",
        abilities: { update: true },
      });
      const leader = await call(t, "GET", "/api/v1/agencies", { session: leaderA });
      expect(leader.body.items[0].abilities).toEqual({ update: false });
      const probe = await call(t, "GET", `/api/v1/agencies?unitId=${world.b.id}`, { session: adminA });
      expect(probe.status).toBe(200);
      expect(probe.body.items).toEqual([]);
      const all = await call(t, "GET", "/api/v1/agencies", { session: provinceAdmin });
      expect(ids(all.body.items)).toEqual(expect.arrayContaining([agencyA.id, agencyB.id]));
      const filtered = await call(t, "GET", `/api/v1/agencies?unitId=${world.b.id}`, {
        session: provinceAdmin,
      });
      expect(ids(filtered.body.items)).toEqual([agencyB.id]);
    });
  });

  describe("POST /agencies", () => {
    const body = (unitId: string, extra: Record<string, unknown> = {}) => ({
      unitId,
      code: `BP${Math.random().toString(36).slice(2, 7)}`,
      name: "Bộ phận một cửa",
      kind: "one_stop",
      ...extra,
    });

    it("answers 401 anonymous, 403 for a leader, 400 on unitId for another commune", async () => {
      expect((await call(t, "POST", "/api/v1/agencies", { body: body(world.a.id) })).status).toBe(401);
      const leader = await call(t, "POST", "/api/v1/agencies", { session: leaderA, body: body(world.a.id) });
      expect(leader.status).toBe(403);
      expect(leader.body.error.code).toBe("FORBIDDEN");
      const other = await call(t, "POST", "/api/v1/agencies", { session: adminA, body: body(world.b.id) });
      expect(other.status).toBe(400);
      expect(detailPaths(other.body)).toEqual(["unitId"]);
      expect(await t.db.select().from(agencies).where(eq(agencies.unitId, world.b.id))).toHaveLength(1);
    });

    it("answers 400 naming the field", async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ kind: "ministry" }, "kind"],
        [{ code: "có dấu" }, "code"],
        [{ name: "" }, "name"],
        [{ unitId: "0197a000-0000-7000-8000-000000000000" }, "unitId"],
      ];
      for (const [extra, path] of cases) {
        const res = await call(t, "POST", "/api/v1/agencies", {
          session: adminA,
          body: body(world.a.id, extra),
        });
        expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("creates the agency and records directory.create-agency; a duplicate code is 409", async () => {
      const res = await call(t, "POST", "/api/v1/agencies", {
        session: adminA,
        body: body(world.a.id, { code: "MOT-CUA", name: "Bộ phận Một cửa xã A" }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        unitId: world.a.id,
        code: "MOT-CUA",
        kind: "one_stop",
        isActive: true,
      });
      const [row] = await t.db.select().from(agencies).where(eq(agencies.id, res.body.id));
      expect(row!.name).toBe("Bộ phận Một cửa xã A");
      const [event] = await auditOf(t.db, "directory.create-agency", res.body.id);
      expect(event).toMatchObject({ entityType: "agency", unitId: world.a.id });
      const dup = await call(t, "POST", "/api/v1/agencies", {
        session: adminA,
        body: body(world.a.id, { code: "MOT-CUA" }),
      });
      expect(dup.status).toBe(409);
      expect(detailPaths(dup.body)).toEqual(["code"]);
      const elsewhere = await call(t, "POST", "/api/v1/agencies", {
        session: provinceAdmin,
        body: body(world.b.id, { code: "MOT-CUA" }),
      });
      expect(elsewhere.status).toBe(201);
    });
  });

  describe("PATCH /agencies/{id}", () => {
    it("answers 401 anonymous and 404 out of scope or for a leader", async () => {
      expect((await call(t, "PATCH", `/api/v1/agencies/${agencyA.id}`, { body: { name: "X" } })).status).toBe(
        401,
      );
      const other = await call(t, "PATCH", `/api/v1/agencies/${agencyB.id}`, {
        session: adminA,
        body: { name: "X" },
      });
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      const leader = await call(t, "PATCH", `/api/v1/agencies/${agencyA.id}`, {
        session: leaderA,
        body: { name: "X" },
      });
      expect(leader.status).toBe(404);
      const [b] = await t.db.select().from(agencies).where(eq(agencies.id, agencyB.id));
      expect(b!.name).toBe("Văn phòng UBND xã B");
    });

    it("answers 400 naming the field", async () => {
      const res = await call(t, "PATCH", `/api/v1/agencies/${agencyA.id}`, {
        session: adminA,
        body: { kind: "x" },
      });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["kind"]);
      const flag = await call(t, "PATCH", `/api/v1/agencies/${agencyA.id}`, {
        session: adminA,
        body: { isActive: 1 },
      });
      expect(detailPaths(flag.body)).toEqual(["isActive"]);
    });

    it("edits the agency and records directory.update-agency", async () => {
      const agency = await buildAgency(t.db, world.a.id, { name: "Tổ tiếp dân", kind: "other" });
      const res = await call(t, "PATCH", `/api/v1/agencies/${agency.id}`, {
        session: adminA,
        body: { name: "Ban tiếp công dân", kind: "reception", isActive: false },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: "Ban tiếp công dân", kind: "reception", isActive: false });
      const [row] = await t.db.select().from(agencies).where(eq(agencies.id, agency.id));
      expect(row).toMatchObject({ name: "Ban tiếp công dân", kind: "reception", isActive: false });
      const [event] = await auditOf(t.db, "directory.update-agency", agency.id);
      expect((event!.before as { name: string }).name).toBe("Tổ tiếp dân");
      expect((event!.after as { name: string }).name).toBe("Ban tiếp công dân");
    });
  });

  describe("GET /positions", () => {
    it("answers 401 anonymous and 400 without an agencyId", async () => {
      expect((await call(t, "GET", `/api/v1/positions?agencyId=${agencyA.id}`)).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/positions", { session: adminA });
      expect(res.status).toBe(400);
      expect(detailPaths(res.body)).toEqual(["agencyId"]);
    });

    it("lists the positions of an agency in scope, none of another commune's", async () => {
      await t.db.insert(positions).values([
        { id: "0197a000-0000-7000-8000-00000000a001", agencyId: agencyA.id, name: "Chủ tịch" },
        { id: "0197a000-0000-7000-8000-00000000b001", agencyId: agencyB.id, name: "Phó Chủ tịch" },
      ]);
      const mine = await call(t, "GET", `/api/v1/positions?agencyId=${agencyA.id}`, { session: leaderA });
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([
        { id: "0197a000-0000-7000-8000-00000000a001", agencyId: agencyA.id, name: "Chủ tịch" },
      ]);
      const other = await call(t, "GET", `/api/v1/positions?agencyId=${agencyB.id}`, { session: adminA });
      expect(other.status).toBe(200);
      expect(other.body.items).toEqual([]);
    });
  });

  describe("POST /positions", () => {
    it("answers 401 anonymous, 403 for a leader, 400 on agencyId for another commune", async () => {
      const body = { agencyId: agencyA.id, name: "Công chức Tư pháp" };
      expect((await call(t, "POST", "/api/v1/positions", { body })).status).toBe(401);
      const leader = await call(t, "POST", "/api/v1/positions", { session: leaderA, body });
      expect(leader.status).toBe(403);
      const other = await call(t, "POST", "/api/v1/positions", {
        session: adminA,
        body: { agencyId: agencyB.id, name: "Công chức Tư pháp" },
      });
      expect(other.status).toBe(400);
      expect(detailPaths(other.body)).toEqual(["agencyId"]);
      expect(await t.db.select().from(positions).where(eq(positions.name, "Công chức Tư pháp"))).toHaveLength(
        0,
      );
    });

    it("answers 400 naming the field", async () => {
      const noName = await call(t, "POST", "/api/v1/positions", {
        session: adminA,
        body: { agencyId: agencyA.id },
      });
      expect(noName.status).toBe(400);
      expect(detailPaths(noName.body)).toEqual(["name"]);
      const unknown = await call(t, "POST", "/api/v1/positions", {
        session: adminA,
        body: { agencyId: "0197a000-0000-7000-8000-000000000000", name: "X" },
      });
      expect(detailPaths(unknown.body)).toEqual(["agencyId"]);
    });

    it("creates the position and records directory.create-position", async () => {
      const res = await call(t, "POST", "/api/v1/positions", {
        session: adminA,
        body: { agencyId: agencyA.id, name: "Công chức Văn phòng - Thống kê" },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ agencyId: agencyA.id, name: "Công chức Văn phòng - Thống kê" });
      const [row] = await t.db.select().from(positions).where(eq(positions.id, res.body.id));
      expect(row!.agencyId).toBe(agencyA.id);
      const [event] = await auditOf(t.db, "directory.create-position", res.body.id);
      expect(event).toMatchObject({ entityType: "position", unitId: world.a.id });
    });
  });
});
