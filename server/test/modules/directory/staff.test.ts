import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleGrants, sessions, staff } from "../../../src/db/schema";
import {
  auditOf,
  buildAgency,
  buildProvince,
  buildStaff,
  buildUnit,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

describe(`staff on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceAdmin: Session;
  let adminA: Session;
  let leaderA: Session;
  let clerkA: Session;
  let staffB: Awaited<ReturnType<typeof buildStaff>>;
  const ids = (items: { id: string }[]) => items.map((x) => x.id);

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const as = async (role: "admin" | "leader" | "clerk", unitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId, roles: [role] })).username);
    provinceAdmin = await as("admin", world.province.id);
    adminA = await as("admin", world.a.id);
    leaderA = await as("leader", world.a.id);
    clerkA = await as("clerk", world.a.id);
    staffB = await buildStaff(t.db, { unitId: world.b.id, roles: ["clerk"], fullName: "Phạm Thị Bé" });
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /staff", () => {
    it("answers 401 anonymous and 400 on a bad page size, unitId or cursor", async () => {
      expect((await call(t, "GET", "/api/v1/staff")).status).toBe(401);
      for (const [query, path] of [
        ["limit=1000", "limit"],
        ["limit=0", "limit"],
        ["unitId=abc", "unitId"],
        ["cursor=not-a-cursor", "cursor"],
      ]) {
        const res = await call(t, "GET", `/api/v1/staff?${query}`, { session: adminA });
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("shows a commune admin only their commune; nothing for a role without staff.read", async () => {
      const mine = await call(t, "GET", "/api/v1/staff?limit=100", { session: adminA });
      expect(mine.status).toBe(200);
      expect(mine.body.items.every((s: { unitId: string }) => s.unitId === world.a.id)).toBe(true);
      expect(ids(mine.body.items)).not.toContain(staffB.id);
      const probe = await call(t, "GET", `/api/v1/staff?unitId=${world.b.id}`, { session: adminA });
      expect(probe.body.items).toEqual([]);
      const leader = await call(t, "GET", "/api/v1/staff?limit=100", { session: leaderA });
      expect(leader.body.items.length).toBe(mine.body.items.length);
      expect(leader.body.items[0].abilities).toEqual({ update: false, grant: false });
      const clerk = await call(t, "GET", "/api/v1/staff", { session: clerkA });
      expect(clerk.status).toBe(200);
      expect(clerk.body.items).toEqual([]);
      const all = await call(t, "GET", "/api/v1/staff?limit=100", { session: provinceAdmin });
      expect(ids(all.body.items)).toContain(staffB.id);
      expect(all.body.items.find((s: { id: string }) => s.id === staffB.id)).toMatchObject({
        fullName: "Phạm Thị Bé",
        unitName: world.b.name,
        grants: [expect.objectContaining({ role: "clerk", unitId: world.b.id })],
        abilities: { update: true, grant: true },
      });
    });

    it("pages 30 staff by 10 with a keyset cursor: each exactly once, in name order", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const names = ["Nguyễn Văn Bình", "Trần Thị Ánh", "Lê Văn Cường", "Đỗ Thị Dung", "Bùi Văn Em"];
      const created = [];
      for (let i = 0; i < 30; i++) {
        created.push(await buildStaff(t.db, { unitId: unit.id, fullName: names[i % names.length]! }));
      }
      const seen: string[] = [];
      const pages: number[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `unitId=${unit.id}&limit=10${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await call(t, "GET", `/api/v1/staff?${query}`, { session: adminA });
        expect(res.status).toBe(200);
        pages.push(res.body.items.length);
        seen.push(...ids(res.body.items));
        cursor = res.body.nextCursor;
      } while (cursor && pages.length < 5);
      expect(pages).toEqual([10, 10, 10]);
      expect(new Set(seen).size).toBe(30);
      expect([...seen].sort()).toEqual(created.map((s) => s.id).sort());
      const byId = new Map(created.map((s) => [s.id, s.fullName]));
      const firstNames = seen.slice(0, 6).map((id) => byId.get(id));
      expect(firstNames).toEqual([
        "Bùi Văn Em",
        "Bùi Văn Em",
        "Bùi Văn Em",
        "Bùi Văn Em",
        "Bùi Văn Em",
        "Bùi Văn Em",
      ]);
      expect(byId.get(seen[29]!)).toBe("Trần Thị Ánh");
    });

    it("lists in Vietnamese alphabetical order: Đ after D, ă and â after a, ơ after ô after o, ư after u", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const names = [
        "Đặng Văn Hải",
        "Dương Thị Lan",
        "Âu Văn Bảo",
        "Ăn Thị Nga",
        "An Văn Tuấn",
        "Ông Văn Sáu",
        "Ơn Thị Hà",
        "Oanh Thị Vy",
        "Ưng Văn Lộc",
        "Uông Thị Mai",
        "Bế Văn Khánh",
        "Ê Thị Thu",
        "Đinh Công Tráng",
      ];
      for (const fullName of names) {
        await buildStaff(t.db, { unitId: unit.id, fullName });
      }
      const res = await call(t, "GET", `/api/v1/staff?unitId=${unit.id}&limit=50`, { session: adminA });
      const listed = res.body.items.map((s: { fullName: string }) => s.fullName);
      expect(listed).toEqual([...names].sort(new Intl.Collator("vi").compare));
      expect(listed.indexOf("Đặng Văn Hải")).toBeGreaterThan(listed.indexOf("Dương Thị Lan"));
    });

    it("searches names without diacritics", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const an = await buildStaff(t.db, { unitId: unit.id, fullName: "Nguyễn Văn An" });
      const dung = await buildStaff(t.db, { unitId: unit.id, fullName: "Nguyễn Thị Dung" });
      await buildStaff(t.db, { unitId: unit.id, fullName: "Trần Văn Nam" });
      const search = async (q: string) =>
        ids(
          (
            await call(t, "GET", `/api/v1/staff?unitId=${unit.id}&q=${encodeURIComponent(q)}`, {
              session: adminA,
            })
          ).body.items,
        );
      expect(await search("nguyen van")).toEqual([an.id]);
      expect(await search("NGUYỄN")).toEqual([dung.id, an.id]);
      expect(await search("dung")).toEqual([dung.id]);
      expect(await search("50%")).toEqual([]);
      const outside = await call(t, "GET", "/api/v1/staff?q=pham thi be", { session: adminA });
      expect(outside.body.items).toEqual([]);
    });
  });

  describe("POST /staff", () => {
    const body = (unitId: string, extra: Record<string, unknown> = {}) => ({
      username: `nv.${Math.random().toString(36).slice(2, 8)}`,
      fullName: "Hoàng Văn Mới",
      password: "Initial@123",
      unitId,
      grants: [{ role: "clerk", unitId }],
      ...extra,
    });

    it("answers 401 anonymous and 403 for a leader", async () => {
      expect((await call(t, "POST", "/api/v1/staff", { body: body(world.a.id) })).status).toBe(401);
      const res = await call(t, "POST", "/api/v1/staff", { session: leaderA, body: body(world.a.id) });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    });

    it("refuses a commune admin staff or grants in another commune or above (400 on the field)", async () => {
      const inB = await call(t, "POST", "/api/v1/staff", {
        session: adminA,
        body: body(world.b.id, { username: "escalate.one" }),
      });
      expect(inB.status).toBe(400);
      expect(detailPaths(inB.body)).toEqual(["unitId"]);
      const grantB = await call(t, "POST", "/api/v1/staff", {
        session: adminA,
        body: body(world.a.id, { username: "escalate.two", grants: [{ role: "admin", unitId: world.b.id }] }),
      });
      expect(detailPaths(grantB.body)).toEqual(["grants.0.unitId"]);
      const grantUp = await call(t, "POST", "/api/v1/staff", {
        session: adminA,
        body: body(world.a.id, {
          username: "escalate.three",
          grants: [
            { role: "clerk", unitId: world.a.id },
            { role: "admin", unitId: world.province.id },
          ],
        }),
      });
      expect(detailPaths(grantUp.body)).toEqual(["grants.1.unitId"]);
      const rows = await t.db.select().from(staff).where(eq(staff.username, "escalate.three"));
      expect(rows).toEqual([]);
    });

    it("answers 400 naming the field", async () => {
      const agencyB = await buildAgency(t.db, world.b.id);
      const cases: [Record<string, unknown>, string][] = [
        [{ username: "Nguyen Van" }, "username"],
        [{ username: "ab" }, "username"],
        [{ fullName: undefined }, "fullName"],
        [{ password: "short1" }, "password"],
        [{ email: "not-an-email" }, "email"],
        [{ phone: "call me" }, "phone"],
        [{ grants: [{ role: "superuser", unitId: world.a.id }] }, "grants.0.role"],
        [{ agencyId: agencyB.id }, "agencyId"],
      ];
      for (const [extra, path] of cases) {
        const res = await call(t, "POST", "/api/v1/staff", {
          session: adminA,
          body: body(world.a.id, extra),
        });
        expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("creates the account with its grants, hashes the password, records directory.create-staff", async () => {
      const agency = await buildAgency(t.db, world.a.id);
      const res = await call(t, "POST", "/api/v1/staff", {
        session: adminA,
        body: body(world.a.id, {
          username: "hoang.van.moi",
          email: "moi@xa-a.gov.vn",
          agencyId: agency.id,
          grants: [
            { role: "clerk", unitId: world.a.id },
            { role: "clerk", unitId: world.a.id },
            { role: "handler", unitId: world.a.id },
          ],
        }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ username: "hoang.van.moi", unitId: world.a.id, agencyId: agency.id });
      expect(res.body.grants.map((g: { role: string }) => g.role).sort()).toEqual(["clerk", "handler"]);
      const [row] = await t.db.select().from(staff).where(eq(staff.id, res.body.id));
      expect(row!.mustChangePassword).toBe(true);
      expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await t.db.select().from(roleGrants).where(eq(roleGrants.staffId, res.body.id))).toHaveLength(2);
      const [event] = await auditOf(t.db, "directory.create-staff", res.body.id);
      expect(event!.unitId).toBe(world.a.id);
      expect((event!.after as { passwordHash: string }).passwordHash).toBe("[redacted]");
      expect(JSON.stringify(event!.after)).not.toContain("Initial@123");
      const me = await call(t, "GET", "/api/v1/auth/me", {
        session: await signInFresh(t, "hoang.van.moi", "Initial@123"),
      });
      expect(me.body.user.mustChangePassword).toBe(true);
      const dup = await call(t, "POST", "/api/v1/staff", {
        session: provinceAdmin,
        body: body(world.b.id, { username: "hoang.van.moi" }),
      });
      expect(dup.status).toBe(409);
      expect(detailPaths(dup.body)).toEqual(["username"]);
    });
  });

  describe("PATCH /staff/{id}", () => {
    it("answers 401 anonymous and 404 out of scope or for a leader", async () => {
      const target = await buildStaff(t.db, { unitId: world.a.id, fullName: "Giữ Nguyên" });
      expect((await call(t, "PATCH", `/api/v1/staff/${target.id}`, { body: { fullName: "X" } })).status).toBe(
        401,
      );
      const other = await call(t, "PATCH", `/api/v1/staff/${staffB.id}`, {
        session: adminA,
        body: { fullName: "X" },
      });
      expect(other.status).toBe(404);
      expect(other.body.error.code).toBe("NOT_FOUND");
      const leader = await call(t, "PATCH", `/api/v1/staff/${target.id}`, {
        session: leaderA,
        body: { fullName: "X" },
      });
      expect(leader.status).toBe(404);
      const rows = await t.db.select().from(staff).where(eq(staff.id, staffB.id));
      expect(rows[0]!.fullName).toBe("Phạm Thị Bé");
    });

    it("answers 400 naming the field", async () => {
      const target = await buildStaff(t.db, { unitId: world.a.id });
      const email = await call(t, "PATCH", `/api/v1/staff/${target.id}`, {
        session: adminA,
        body: { email: "x@" },
      });
      expect(email.status).toBe(400);
      expect(detailPaths(email.body)).toEqual(["email"]);
      const agencyB = await buildAgency(t.db, world.b.id);
      const agency = await call(t, "PATCH", `/api/v1/staff/${target.id}`, {
        session: adminA,
        body: { agencyId: agencyB.id },
      });
      expect(detailPaths(agency.body)).toEqual(["agencyId"]);
    });

    it("edits the account, records directory.update-staff, and disabling ends its sessions", async () => {
      const target = await buildStaff(t.db, { unitId: world.a.id, roles: ["clerk"], fullName: "Tên Cũ" });
      const theirs = await signInFresh(t, target.username);
      const res = await call(t, "PATCH", `/api/v1/staff/${target.id}`, {
        session: adminA,
        body: { fullName: "Tên Mới", phone: "0912 345 678", isActive: false },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ fullName: "Tên Mới", phone: "0912 345 678", isActive: false });
      const [row] = await t.db.select().from(staff).where(eq(staff.id, target.id));
      expect(row).toMatchObject({ fullName: "Tên Mới", isActive: false });
      expect(await t.db.select().from(sessions).where(eq(sessions.staffId, target.id))).toEqual([]);
      expect((await call(t, "GET", "/api/v1/auth/me", { session: theirs })).status).toBe(401);
      const [event] = await auditOf(t.db, "directory.update-staff", target.id);
      expect((event!.before as { fullName: string }).fullName).toBe("Tên Cũ");
      expect((event!.after as { fullName: string }).fullName).toBe("Tên Mới");
    });

    it("lets a province admin edit staff anywhere below", async () => {
      const res = await call(t, "PATCH", `/api/v1/staff/${staffB.id}`, {
        session: provinceAdmin,
        body: { email: "be.pham@xa-b.gov.vn" },
      });
      expect(res.status).toBe(200);
      expect(res.body.email).toBe("be.pham@xa-b.gov.vn");
    });
  });
});
