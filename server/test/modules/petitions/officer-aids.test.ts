import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitions, units } from "../../../src/db/schema";
import { auditOf, buildUnit, call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, intake, intakeBody, pdfBytes, petitionApp, upload, type World } from "./helpers";

type People = {
  agencies: { id: string; name: string }[];
  handlers: { id: string; fullName: string; agencyId: string | null }[];
  heads: { id: string; fullName: string }[];
};

describe(`officer aids (pickers, files, duplicate check) and public units on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists the unit's agencies and staff and the leaders above it, only to who may assign or monitor", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const path = `/api/v1/petitions/${petition.id}/people`;
    expect((await call(t, "GET", path)).status).toBe(401);
    expect(
      (await call(t, "GET", "/api/v1/petitions/not-a-uuid/people", { session: w.as.receptionA })).status,
    ).toBe(400);
    // another commune's officer does not see the petition at all
    expect((await call(t, "GET", path, { session: w.as.receptionB })).status).toBe(404);
    // a handler who is not assigned cannot see it either
    expect((await call(t, "GET", path, { session: w.as.handlerA })).status).toBe(404);

    const res = await call(t, "GET", path, { session: w.as.receptionA });
    expect(res.status).toBe(200);
    const body = res.body as People;
    expect(body.agencies.map((a) => a.id)).toEqual([w.agencyA.id]);
    const handlerIds = body.handlers.map((h) => h.id);
    expect(handlerIds).toContain(w.people.handlerA.id);
    expect(handlerIds).toContain(w.people.leaderA.id);
    expect(handlerIds).not.toContain(w.people.receptionB.id);
    expect(handlerIds).not.toContain(w.people.inspector.id);
    const headIds = body.heads.map((h) => h.id).sort();
    expect(headIds).toEqual([w.people.leaderA.id, w.people.leaderP.id].sort());
    expect(JSON.stringify(body)).not.toContain("passwordHash");

    // the provincial inspector monitors it (report to the head) and so may read the pickers
    expect((await call(t, "GET", path, { session: w.as.inspector })).status).toBe(200);
  });

  it("refuses the pickers once the petition is closed for everyone", async () => {
    const { petition } = await intake(t, w.as.receptionA, intakeBody(w.a.id));
    const withdrawn = await call(t, "POST", `/api/v1/petitions/${petition.id}/withdraw`, {
      session: w.as.receptionA,
      body: { reason: "Công dân rút đơn bằng văn bản" },
    });
    expect(withdrawn.status).toBe(200);
    const res = await call(t, "GET", `/api/v1/petitions/${petition.id}/people`, { session: w.as.receptionA });
    expect(res.status).toBe(403);
  });

  it("lists units a citizen may address, without sign-in, leaving out hamlets and retired units", async () => {
    const hamlet = await buildUnit(t.db, { parentId: w.a.id, type: "xom", code: `XOM-${w.a.code}` });
    const retired = await buildUnit(t.db, { parentId: w.province.id, type: "xa", code: `OLD-${w.a.code}` });
    await t.db.update(units).set({ validTo: "2025-06-30" }).where(eq(units.id, retired.id));
    const res = await call(t, "GET", "/api/public/v1/petitions/units");
    expect(res.status).toBe(200);
    const ids = (res.body.items as { id: string; type: string }[]).map((u) => u.id);
    expect(ids).toContain(w.a.id);
    expect(ids).toContain(w.province.id);
    expect(ids.indexOf(w.province.id)).toBeLessThan(ids.indexOf(w.a.id));
    expect(ids).not.toContain(hamlet.id);
    expect(ids).not.toContain(retired.id);
    // a code-shaped path still tracks a petition, the units path is not mistaken for a code
    const track = await call(t, "GET", "/api/public/v1/petitions/XA1-260101-0001", {
      headers: { "x-tracking-pin": "12345678" },
    });
    expect(track.status).toBe(404);
  });

  it("serves a timeline file to who may see the petition, and to nobody else", async () => {
    const bytes = pdfBytes();
    const file = await upload(t, w.as.receptionA, "don-khieu-nai.pdf", bytes);
    expect(file.status).toBe(201);
    const { petition } = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { attachments: [file.body.id] }),
    );
    const path = `/api/v1/petitions/${petition.id}/files/${file.body.id}`;
    expect((await t.app.request(path)).status).toBe(401);
    const asLeader = await t.app.request(path, { headers: { cookie: w.as.leaderA.cookie } });
    expect(asLeader.status).toBe(200);
    expect(asLeader.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await asLeader.arrayBuffer())).toEqual(bytes);
    expect((await t.app.request(path, { headers: { cookie: w.as.receptionB.cookie } })).status).toBe(404);
    expect((await t.app.request(path, { headers: { cookie: w.as.handlerA.cookie } })).status).toBe(404);
    // a file the officer uploaded but never attached to this petition is not reachable through it
    const other = await upload(t, w.as.receptionA, "khac.pdf", pdfBytes());
    const stray = `/api/v1/petitions/${petition.id}/files/${other.body.id}`;
    expect((await t.app.request(stray, { headers: { cookie: w.as.leaderA.cookie } })).status).toBe(404);
    const bad = `/api/v1/petitions/${petition.id}/files/not-a-hash`;
    expect((await t.app.request(bad, { headers: { cookie: w.as.leaderA.cookie } })).status).toBe(400);
  });

  it("keeps a denunciation's intake scan to the handler and the leader, and audits each read", async () => {
    const scan = await upload(t, w.as.receptionA, "chu-viet-nguoi-to-cao.pdf", pdfBytes());
    const { petition } = await intake(
      t,
      w.as.receptionA,
      intakeBody(w.a.id, { kind: "denunciation", attachments: [scan.body.id] }),
    );
    const path = `/api/v1/petitions/${petition.id}/files/${scan.body.id}`;
    const as = (s: { cookie: string }) => t.app.request(path, { headers: { cookie: s.cookie } });
    // the reception officer sees the petition but not the denouncer, nor their handwriting
    expect((await as(w.as.receptionA)).status).toBe(404);
    expect((await as(w.as.inspector)).status).toBe(404);
    expect((await as(w.as.leaderA)).status).toBe(200);
    const reads = await auditOf(t.db, "petitions.read-identity", petition.id);
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it("checks a draft against earlier petitions before saving, without linking a denouncer", async () => {
    const path = "/api/v1/petitions/similar-check";
    const first = intakeBody(w.a.id);
    const { petition } = await intake(t, w.as.receptionA, first);
    const who = first.petitioner as { fullName: string; address: string; personalId: string };
    const draft = { unitId: w.a.id, content: first.content, petitioner: who };
    expect((await call(t, "POST", path, { body: draft })).status).toBe(401);
    const bad = await call(t, "POST", path, {
      session: w.as.receptionA,
      body: { ...draft, content: "ngắn" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(["content"]);
    expect((await call(t, "POST", path, { session: w.as.receptionB, body: draft })).status).toBe(403);

    const total = async () => (await t.db.select({ id: petitions.id }).from(petitions)).length;
    const before = await total();
    const same = await call(t, "POST", path, { session: w.as.receptionA, body: draft });
    expect(same.status).toBe(200);
    const hit = (same.body.items as { petition: { id: string }; reasons: string[] }[]).find(
      (i) => i.petition.id === petition.id,
    );
    expect(hit?.reasons).toEqual(expect.arrayContaining(["same_applicant", "similar_content"]));
    expect(await total()).toBe(before);

    // the same person with other content is still recognised by the keyed hashes
    const other = await call(t, "POST", path, {
      session: w.as.receptionA,
      body: {
        ...draft,
        content: "Đề nghị sửa chữa cầu tràn qua suối Khe Bố bị sạt lở sau mưa lũ tháng mười.",
      },
    });
    const byPerson = (other.body.items as { petition: { id: string }; reasons: string[] }[]).find(
      (i) => i.petition.id === petition.id,
    );
    expect(byPerson?.reasons).toEqual(["same_applicant"]);

    // a denouncer is never tied to their denunciation for an officer who may not read the identity
    const denBody = intakeBody(w.a.id, { kind: "denunciation" });
    const den = await intake(t, w.as.receptionA, denBody);
    const denouncer = denBody.petitioner as typeof who;
    const probe = await call(t, "POST", path, {
      session: w.as.receptionA,
      body: {
        unitId: w.a.id,
        content: "Một nội dung hoàn toàn khác về lịch tiêm phòng gia súc của xã trong mùa xuân năm nay.",
        petitioner: {
          fullName: denouncer.fullName,
          address: denouncer.address,
          personalId: denouncer.personalId,
        },
      },
    });
    expect(probe.status).toBe(200);
    expect((probe.body.items as { petition: { id: string } }[]).map((i) => i.petition.id)).not.toContain(
      den.petition.id,
    );
  });
});
