import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  buildWorld,
  consultationApp,
  householdRows,
  householdsOf,
  importRows,
  openVote,
  type World,
} from "./helpers";

type Concerned = {
  id: string;
  code: string;
  hamlet: string;
  unitName: string;
  headName: string;
  verifiedAt: string | null;
  members: { id: string; fullName: string }[];
};

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
  await importRows(t, w.as.receptionA, w.a.id, householdRows(3, "Khối 10", "K10"));
  await importRows(t, w.as.receptionA, w.a.id, householdRows(2, "Khối 11", "K11"));
  await importRows(t, w.as.receptionA, w.a.id, householdRows(2, "Khối 9", "K9"));
});
afterAll(() => t.close());

describe(`the register of a consultation's areas, for meetings, on ${DB_KIND}`, () => {
  const list = async (id: string, query = "", session = w.as.receptionA) =>
    call(t, "GET", `/api/v1/consultations/${id}/households${query}`, { session });

  it("lists the households of every area concerned, filters by area and finds by code or name", async () => {
    const c = await openVote(t, w, {
      areas: [
        { unitId: w.a.id, hamlet: "Khối 10" },
        { unitId: w.a.id, hamlet: "Khối 11" },
      ],
    });
    expect((await list(c.id)).status).toBe(200);
    expect((await call(t, "GET", `/api/v1/consultations/${c.id}/households`)).status).toBe(401);
    expect((await list(c.id, "", w.as.receptionB)).status).toBe(404);
    expect((await list(c.id, "?limit=0")).status).toBe(400);
    const all = (await list(c.id)).body.items as Concerned[];
    expect(all.map((h) => h.code).sort()).toEqual(["K10-001", "K10-002", "K10-003", "K11-001", "K11-002"]);
    expect(all.every((h) => h.unitName.length > 0 && h.verifiedAt === null)).toBe(true);
    const k11 = (await list(c.id, `?hamlet=${encodeURIComponent("Khối 11")}`)).body.items as Concerned[];
    expect(k11.map((h) => h.code)).toEqual(["K11-001", "K11-002"]);
    expect(((await list(c.id, `?unitId=${w.b.id}`)).body.items as Concerned[]).length).toBe(0);
    const byCode = (await list(c.id, "?q=k11-002")).body.items as Concerned[];
    expect(byCode.map((h) => h.code)).toEqual(["K11-002"]);
    // the head's name typed without diacritics
    const head = all.find((h) => h.code === "K10-002")!;
    const plain = head.headName
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/gi, "d");
    const byHead = (await list(c.id, `?q=${encodeURIComponent(plain)}`)).body.items as Concerned[];
    expect(byHead.map((h) => h.code)).toEqual(["K10-002"]);
    // a member's name finds the household
    const wife = (await list(c.id, `?q=${encodeURIComponent("tran thi vo 003")}`)).body.items as Concerned[];
    expect(wife.map((h) => h.code)).toEqual(["K10-003"]);
    // a household outside the areas is never found
    expect(((await list(c.id, "?q=K9")).body.items as Concerned[]).length).toBe(0);
    expect((await list(c.id, "?q=%25")).body.items).toEqual([]);
  });

  it("verifies a representative in person with the document seen, audited, and marks the household", async () => {
    const c = await openVote(t, w, {
      areas: [
        { unitId: w.a.id, hamlet: "Khối 10" },
        { unitId: w.a.id, hamlet: "Khối 11" },
      ],
    });
    const [h] = (await list(c.id, "?q=K11-001")).body.items as Concerned[];
    const member = h!.members[1]!;
    const url = `/api/v1/consultations/${c.id}/households/${h!.id}/verify`;
    const tooShort = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: { memberId: member.id, documentNote: "a" },
    });
    expect(detailPaths(tooShort.body)).toContain("documentNote");
    const otherHousehold = (await householdsOf(t, w.as.receptionA, w.a.id)).find(
      (x) => x.code === "K10-001",
    )!;
    const wrongMember = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: { memberId: otherHousehold.members[0]!.id, documentNote: "CCCD 4 số cuối 1234" },
    });
    expect(detailPaths(wrongMember.body)).toContain("memberId");
    const ok = await call(t, "POST", url, {
      session: w.as.receptionA,
      body: { memberId: member.id, documentNote: "CCCD 4 số cuối 1234" },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.token).toEqual(expect.any(String));
    const audit = await auditOf(t.db, "consultations.verify-resident", c.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(w.people.receptionA.id);
    expect(JSON.stringify(audit[0])).toContain("CCCD 4 số cuối 1234");
    expect(JSON.stringify(audit[0])).not.toContain(ok.body.token);
    const [marked] = (await list(c.id, "?q=K11-001")).body.items as Concerned[];
    expect(marked!.verifiedAt).not.toBeNull();
    // the token lets that household take part online (a question; money matters never vote online)
    const asked = await call(t, "POST", `/api/public/v1/consultations/${c.id}/questions`, {
      headers: { "x-voter-token": ok.body.token, "idempotency-key": "meeting-register-q-1" },
      body: { body: "Khi nào bắt đầu di dời?" },
    });
    expect(asked.status).toBe(201);
  });

  it("records a meeting's attendance across all the areas concerned", async () => {
    const c = await openVote(t, w, {
      areas: [
        { unitId: w.a.id, hamlet: "Khối 10" },
        { unitId: w.a.id, hamlet: "Khối 11" },
      ],
    });
    const all = (await list(c.id)).body.items as Concerned[];
    const k9 = (await householdsOf(t, w.as.receptionA, w.a.id)).find((x) => x.code === "K9-001")!;
    const body = {
      heldOn: new Date().toISOString().slice(0, 10),
      place: "Nhà văn hóa Khối 10",
      chairName: "Trần Chủ Tịch",
      agenda: ["Thông báo chủ trương"],
      attendeeHouseholdIds: [all[0]!.id, all.at(-1)!.id],
      minutes: "Các hộ Khối 10 và Khối 11 dự họp, thống nhất chủ trương.",
      concerns: [],
      fileIds: [],
    };
    const outside = await call(t, "POST", `/api/v1/consultations/${c.id}/meetings`, {
      session: w.as.receptionA,
      body: { ...body, attendeeHouseholdIds: [all[0]!.id, k9.id] },
    });
    expect(outside.status).toBe(400);
    const ok = await call(t, "POST", `/api/v1/consultations/${c.id}/meetings`, {
      session: w.as.receptionA,
      body,
    });
    expect(ok.status).toBe(201);
    const meetings = await call(t, "GET", `/api/v1/consultations/${c.id}/meetings`, {
      session: w.as.receptionA,
    });
    expect(meetings.body.items[0]).toMatchObject({ householdsPresent: 2, totalHouseholds: 5 });
  });
});
