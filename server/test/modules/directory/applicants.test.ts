import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicants } from "../../../src/db/schema";
import {
  auditOf,
  buildPerson,
  buildProvince,
  buildStaff,
  buildUnit,
  call,
  detailPaths,
  type Session,
  signInFresh,
} from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";

describe(`applicants on ${DB_KIND}`, () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildProvince>>;
  let provinceAdmin: Session;
  let clerkA: Session;
  let leaderA: Session;
  let noGrants: Session;
  let personB: Awaited<ReturnType<typeof buildPerson>>;
  const ids = (items: { id: string }[]) => items.map((x) => x.id);
  const person = (unitId: string, extra: Record<string, unknown> = {}) => ({
    fullName: "Nguyễn Văn Đức",
    personalId: "040090001234",
    birthDate: "1990-05-17",
    phone: "0912345678",
    unitId,
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp();
    world = await buildProvince(t.db);
    const as = async (roles: ("admin" | "leader" | "clerk")[], unitId: string) =>
      signInFresh(t, (await buildStaff(t.db, { unitId, roles })).username);
    provinceAdmin = await as(["admin"], world.province.id);
    clerkA = await as(["clerk"], world.a.id);
    leaderA = await as(["leader"], world.a.id);
    noGrants = await as([], world.a.id);
    personB = await buildPerson(t.db, world.b.id, { name: "Nguyễn Văn Bắc", personalId: "040088009999" });
  });
  afterAll(async () => {
    await t.close();
  });

  describe("GET /applicants", () => {
    it("answers 401 anonymous and 400 on a bad page size or kind", async () => {
      expect((await call(t, "GET", "/api/v1/applicants")).status).toBe(401);
      for (const [query, path] of [
        ["limit=1000", "limit"],
        ["kind=robot", "kind"],
        ["cursor=%21%21", "cursor"],
      ]) {
        const res = await call(t, "GET", `/api/v1/applicants?${query}`, { session: clerkA });
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("keeps another commune's applicants out, even by exact personal ID", async () => {
      const list = await call(t, "GET", "/api/v1/applicants?limit=100", { session: clerkA });
      expect(list.status).toBe(200);
      expect(ids(list.body.items)).not.toContain(personB.id);
      const byId = await call(t, "GET", "/api/v1/applicants?q=040088009999", { session: clerkA });
      expect(byId.body.items).toEqual([]);
      const none = await call(t, "GET", "/api/v1/applicants", { session: noGrants });
      expect(none.body.items).toEqual([]);
      const all = await call(t, "GET", "/api/v1/applicants?q=040088009999", { session: provinceAdmin });
      expect(ids(all.body.items)).toEqual([personB.id]);
    });

    it("finds 'Nguyễn Văn Đức' by 'nguyen van duc', with the identifier masked", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const duc = await buildPerson(t.db, unit.id, { name: "Nguyễn Văn Đức", personalId: "040095001111" });
      await buildPerson(t.db, unit.id, { name: "Nguyễn Văn Dũng" });
      await buildPerson(t.db, unit.id, { name: "Trần Đức Anh" });
      const res = await call(t, "GET", "/api/v1/applicants?q=nguyen%20van%20duc", { session: clerkA });
      expect(res.status).toBe(200);
      expect(ids(res.body.items)).toEqual([duc.id]);
      expect(res.body.items[0]).toMatchObject({
        name: "Nguyễn Văn Đức",
        identifier: "•••••••••111",
        unitId: unit.id,
      });
      expect(JSON.stringify(res.body)).not.toContain("040095001111");
      const exact = await call(t, "GET", "/api/v1/applicants?q=040095001111", { session: clerkA });
      expect(ids(exact.body.items)).toEqual([duc.id]);
      const both = await call(t, "GET", "/api/v1/applicants?q=%C4%91%E1%BB%A9c", { session: clerkA });
      expect(both.body.items.map((a: { name: string }) => a.name)).toEqual([
        "Nguyễn Văn Đức",
        "Trần Đức Anh",
      ]);
    });

    it("filters by kind and pages with a cursor", async () => {
      const unit = await buildUnit(t.db, { parentId: world.a.id, type: "thon" });
      const clerk = await signInFresh(
        t,
        (await buildStaff(t.db, { unitId: unit.id, roles: ["clerk"] })).username,
      );
      for (const name of ["An", "Bình", "Chi", "Dương", "Én"]) {
        await buildPerson(t.db, unit.id, { name: `Lê Thị ${name}` });
      }
      const first = await call(t, "GET", "/api/v1/applicants?kind=person&limit=3", { session: clerk });
      expect(first.body.items.map((a: { name: string }) => a.name)).toEqual([
        "Lê Thị An",
        "Lê Thị Bình",
        "Lê Thị Chi",
      ]);
      const second = await call(
        t,
        "GET",
        `/api/v1/applicants?kind=person&limit=3&cursor=${first.body.nextCursor}`,
        {
          session: clerk,
        },
      );
      expect(second.body.items.map((a: { name: string }) => a.name)).toEqual(["Lê Thị Dương", "Lê Thị Én"]);
      expect(second.body.nextCursor).toBeNull();
      const orgs = await call(t, "GET", "/api/v1/applicants?kind=organisation", { session: clerk });
      expect(orgs.body.items).toEqual([]);
    });
  });

  describe("POST /applicants/persons", () => {
    it("answers 401 anonymous, 403 for a leader, 400 on unitId for another commune", async () => {
      const body = person(world.a.id, { personalId: "040090000001" });
      expect((await call(t, "POST", "/api/v1/applicants/persons", { body })).status).toBe(401);
      const leader = await call(t, "POST", "/api/v1/applicants/persons", { session: leaderA, body });
      expect(leader.status).toBe(403);
      expect(leader.body.error.code).toBe("FORBIDDEN");
      const other = await call(t, "POST", "/api/v1/applicants/persons", {
        session: clerkA,
        body: person(world.b.id, { personalId: "040090000001" }),
      });
      expect(other.status).toBe(400);
      expect(detailPaths(other.body)).toEqual(["unitId"]);
      expect(await t.db.select().from(applicants).where(eq(applicants.personalId, "040090000001"))).toEqual(
        [],
      );
    });

    it("answers 400 naming the field", async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ personalId: "12345" }, "personalId"],
        [{ personalId: "999090001234" }, "personalId"],
        [{ birthDate: "2025-13-01" }, "birthDate"],
        [{ birthDate: "17/05/1990" }, "birthDate"],
        [{ fullName: undefined }, "fullName"],
        [{ phone: "abc" }, "phone"],
        [{ email: "no-at-sign" }, "email"],
        [{ unitId: "x" }, "unitId"],
      ];
      for (const [extra, path] of cases) {
        const res = await call(t, "POST", "/api/v1/applicants/persons", {
          session: clerkA,
          body: person(world.a.id, { personalId: "040090000002", ...extra }),
        });
        expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
      const en = await call(t, "POST", "/api/v1/applicants/persons", {
        session: clerkA,
        headers: { "accept-language": "en" },
        body: person(world.a.id, { personalId: "12345" }),
      });
      expect(en.body.error.details).toEqual([
        { path: "personalId", message: "Personal ID must be 12 digits starting with a valid province code" },
      ]);
    });

    it("registers a citizen with the ID masked in the answer, records directory.create-applicant", async () => {
      const res = await call(t, "POST", "/api/v1/applicants/persons", {
        session: clerkA,
        body: person(world.a.id, { personalId: " 040090001234 " }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: "person", name: "Nguyễn Văn Đức", identifier: "•••••••••234" });
      expect(JSON.stringify(res.body)).not.toContain("040090001234");
      const [row] = await t.db.select().from(applicants).where(eq(applicants.id, res.body.id));
      expect(row).toMatchObject({ personalId: "040090001234", birthDate: "1990-05-17", unitId: world.a.id });
      const [event] = await auditOf(t.db, "directory.create-applicant", res.body.id);
      expect(event).toMatchObject({ entityType: "applicant", unitId: world.a.id });
      expect(JSON.stringify(event)).not.toContain("040090001234");
      const dup = await call(t, "POST", "/api/v1/applicants/persons", {
        session: provinceAdmin,
        body: person(world.b.id, { fullName: "Người Khác" }),
      });
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe("CONFLICT");
      expect(dup.body.error.details).toEqual([
        { path: "personalId", message: "Số định danh đã có trong hệ thống" },
      ]);
      expect(
        await t.db.select().from(applicants).where(eq(applicants.personalId, "040090001234")),
      ).toHaveLength(1);
    });

    it("registers a citizen without a personal ID", async () => {
      const res = await call(t, "POST", "/api/v1/applicants/persons", {
        session: clerkA,
        body: { fullName: "Cụ Bà Không Giấy Tờ", unitId: world.a.id },
      });
      expect(res.status).toBe(201);
      expect(res.body.identifier).toBeNull();
    });
  });

  describe("POST /applicants/organisations", () => {
    const org = (unitId: string, extra: Record<string, unknown> = {}) => ({
      name: "Công ty TNHH Sông Lam",
      taxCode: "2901234567",
      representative: "Hồ Văn Giám",
      unitId,
      ...extra,
    });

    it("answers 401 anonymous, 403 for a leader, 400 on unitId for another commune", async () => {
      expect(
        (await call(t, "POST", "/api/v1/applicants/organisations", { body: org(world.a.id) })).status,
      ).toBe(401);
      const leader = await call(t, "POST", "/api/v1/applicants/organisations", {
        session: leaderA,
        body: org(world.a.id),
      });
      expect(leader.status).toBe(403);
      const other = await call(t, "POST", "/api/v1/applicants/organisations", {
        session: clerkA,
        body: org(world.b.id),
      });
      expect(detailPaths(other.body)).toEqual(["unitId"]);
    });

    it("answers 400 naming the field", async () => {
      for (const [extra, path] of [
        [{ taxCode: "290123456" }, "taxCode"],
        [{ taxCode: "29012345678" }, "taxCode"],
        [{ taxCode: undefined }, "taxCode"],
        [{ name: "" }, "name"],
      ] as [Record<string, unknown>, string][]) {
        const res = await call(t, "POST", "/api/v1/applicants/organisations", {
          session: clerkA,
          body: org(world.a.id, extra),
        });
        expect({ extra, status: res.status }).toEqual({ extra, status: 400 });
        expect(detailPaths(res.body)).toEqual([path]);
      }
    });

    it("registers a business with a normalised, masked tax code; a duplicate is 409", async () => {
      const res = await call(t, "POST", "/api/v1/applicants/organisations", {
        session: clerkA,
        body: org(world.a.id, { taxCode: "2901234567-001" }),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: "organisation", identifier: "••••••••••001" });
      expect(JSON.stringify(res.body)).not.toContain("2901234567");
      const [row] = await t.db.select().from(applicants).where(eq(applicants.id, res.body.id));
      expect(row).toMatchObject({ taxCode: "2901234567001", representative: "Hồ Văn Giám" });
      expect(await auditOf(t.db, "directory.create-applicant", res.body.id)).toHaveLength(1);
      const dup = await call(t, "POST", "/api/v1/applicants/organisations", {
        session: clerkA,
        body: org(world.a.id, { taxCode: "2901234567 001" }),
      });
      expect(dup.status).toBe(409);
      expect(detailPaths(dup.body)).toEqual(["taxCode"]);
    });
  });
});
