import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../../src/db/schema";
import {
  buildProvince,
  buildStaff,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

type Event = {
  seq: number;
  action: string;
  entityType: string;
  entityId: string | null;
  unitId: string | null;
};

describe(`audit on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceInspector: Session;
  let inspectorA: Session;
  let clerkA: Session;
  let adminA: Session;
  let adminB: Session;
  let unitInA: string;
  let unitInB: string;
  const list = async (session: Session, query = "") => {
    const res = await call(t, "GET", `/api/v1/audit?limit=100${query}`, { session });
    expect(res.status).toBe(200);
    return res.body.items as Event[];
  };
  const createUnit = async (session: Session, parentId: string, code: string) => {
    const res = await call(t, "POST", "/api/v1/units", {
      session,
      body: { code, name: `Thôn ${code}`, type: "thon", parentId, validFrom: "2025-07-01" },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const as = async (role: "admin" | "inspector" | "clerk", unitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId, roles: [role] })).username);
    provinceInspector = await as("inspector", world.province.id);
    inspectorA = await as("inspector", world.a.id);
    clerkA = await as("clerk", world.a.id);
    adminA = await as("admin", world.a.id);
    adminB = await as("admin", world.b.id);
    unitInA = await createUnit(adminA, world.a.id, "THON-A");
    unitInB = await createUnit(adminB, world.b.id, "THON-B");
    expect(
      (await call(t, "PATCH", "/api/v1/auth/me", { session: clerkA, body: { locale: "en" } })).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /audit", () => {
    it("answers 401 anonymous and 403 without audit.read", async () => {
      expect((await call(t, "GET", "/api/v1/audit")).status).toBe(401);
      const res = await call(t, "GET", "/api/v1/audit", { session: clerkA });
      expect(res.status).toBe(403);
      expect(res.body.error).toEqual({ code: "FORBIDDEN", message: "You are not allowed to do this" });
    });

    it("answers 400 naming the field", async () => {
      for (const [query, path] of [
        ["limit=1000", "limit"],
        ["actorId=abc", "actorId"],
        ["from=01/07/2025", "from"],
        ["from=2025-13-01", "from"],
        ["to=2025-02-30", "to"],
        ["cursor=%7B", "cursor"],
      ]) {
        const res = await call(t, "GET", `/api/v1/audit?${query}`, { session: inspectorA });
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("filters by action, entity type and entity id", async () => {
      const created = await list(provinceInspector, "&action=directory.create-unit");
      expect(created.map((e) => e.entityId)).toEqual([unitInB, unitInA]);
      expect(created.every((e) => e.entityType === "unit")).toBe(true);
      const one = await list(provinceInspector, `&entityType=unit&entityId=${unitInA}`);
      expect(one).toHaveLength(1);
      expect(one[0]).toMatchObject({ action: "directory.create-unit", unitId: unitInA });
      expect(await list(provinceInspector, "&action=directory.nothing")).toEqual([]);
    });

    it("shows a commune inspector only the events of their commune", async () => {
      const mine = await list(inspectorA);
      expect(mine.map((e) => e.entityId)).toContain(unitInA);
      expect(mine.map((e) => e.entityId)).not.toContain(unitInB);
      const allowed = new Set([world.a.id, unitInA]);
      expect(mine.every((e) => e.unitId !== null && allowed.has(e.unitId))).toBe(true);
      const probe = await list(inspectorA, `&entityId=${unitInB}`);
      expect(probe).toEqual([]);
    });

    it("shows a province inspector everything below, including events with no unit", async () => {
      const all = await list(provinceInspector);
      const units = new Set(all.map((e) => e.unitId));
      expect(units).toContain(world.a.id);
      expect(units).toContain(world.b.id);
      expect(units).toContain(null);
      expect(all.map((e) => e.action)).toContain("auth.update-me");
      expect((await list(inspectorA)).map((e) => e.action)).not.toContain("auth.update-me");
      const seqs = all.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
    });

    it("filters by actor and by day (Asia/Ho_Chi_Minh)", async () => {
      const adminBId = (await call(t, "GET", "/api/v1/auth/me", { session: adminB })).body.user.id as string;
      const byActor = await list(provinceInspector, `&actorId=${adminBId}`);
      expect(byActor.map((e) => e.action).sort()).toEqual(["auth.sign-in", "directory.create-unit"]);
      const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
      const total = (await list(provinceInspector)).length;
      expect(await list(provinceInspector, `&from=${today}&to=${today}`)).toHaveLength(total);
      expect(await list(provinceInspector, "&to=2020-01-01")).toEqual([]);
    });

    it("pages newest first with a cursor, each event once", async () => {
      const total = (await list(provinceInspector)).map((e) => e.seq);
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const query: string = `/api/v1/audit?limit=3${cursor ? `&cursor=${cursor}` : ""}`;
        const res = await call(t, "GET", query, { session: provinceInspector });
        seen.push(...res.body.items.map((e: Event) => e.seq));
        cursor = res.body.nextCursor;
        if (!cursor) {
          break;
        }
      }
      expect(seen).toEqual(total);
    });
  });

  describe("GET /audit/verify", () => {
    it("answers 401 anonymous and 403 without audit.read", async () => {
      expect((await call(t, "GET", "/api/v1/audit/verify")).status).toBe(401);
      expect((await call(t, "GET", "/api/v1/audit/verify", { session: clerkA })).status).toBe(403);
    });

    it("reports an intact chain, then the first tampered event", async () => {
      const [{ n }] = (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)) as [
        { n: number },
      ];
      expect(n).toBe(8);
      const ok = await call(t, "GET", "/api/v1/audit/verify", { session: inspectorA });
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ ok: true, checked: n, firstBrokenSeq: null });

      await t.db.execute(sql`UPDATE audit_events SET after = '{"x":1}' WHERE seq = 2`);
      const broken = await call(t, "GET", "/api/v1/audit/verify", { session: provinceInspector });
      expect(broken.status).toBe(200);
      expect(broken.body).toEqual({ ok: false, checked: 1, firstBrokenSeq: 2 });
    });
  });
});
