import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../../src/db/client";
import { petitionIdentities, petitions } from "../../../src/db/schema";
import { verifyAuditChain } from "../../../src/platform/audit";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { acceptedComplaint, buildWorld, petitionApp, publicBody, type World } from "./helpers";

describe(`public petitions on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const total = async () => (await t.db.select({ n: count() }).from(petitions))[0]!.n;

  it("files online and answers a retry with the same key with the same code and PIN, creating nothing", async () => {
    const body = publicBody(w.a.id);
    const headers = { "idempotency-key": "c0ffee00-retry-0001" };
    const first = await call(t, "POST", "/api/public/v1/petitions", { body, headers });
    expect(first.status).toBe(201);
    expect(first.body.code).toMatch(/^[A-Za-z0-9._-]+-\d{6}-\d{4}$/);
    expect(first.body.pin).toMatch(/^\d{8}$/);
    const before = await total();
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const retry = await call(t, "POST", "/api/public/v1/petitions", { body: reordered, headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await total()).toBe(before);
    const other = await call(t, "POST", "/api/public/v1/petitions", {
      body: { ...body, summary: "Một nội dung khác hẳn đơn trước" },
      headers,
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe("CONFLICT");
    expect(await total()).toBe(before);
    const [row] = await t.db.select().from(petitions).where(eq(petitions.code, first.body.code));
    expect(row!.channel).toBe("online");
    expect(row!.receivedBy).toBeNull();
  });

  it("never keeps the PIN in clear, even for the replay", async () => {
    const headers = { "idempotency-key": "c0ffee00-retry-0002" };
    const res = await call(t, "POST", "/api/public/v1/petitions", { body: publicBody(w.a.id), headers });
    const { idempotencyKeys } = await import("../../../src/db/schema");
    const rows = await t.db.select().from(idempotencyKeys);
    expect(JSON.stringify(rows)).not.toContain(res.body.pin);
    const [row] = await t.db.select().from(petitions).where(eq(petitions.code, res.body.code));
    expect(row!.pinHash).not.toContain(res.body.pin);
  });

  it("creates a new petition for each request without a key", async () => {
    const body = publicBody(w.a.id);
    const a = await call(t, "POST", "/api/public/v1/petitions", { body });
    const b = await call(t, "POST", "/api/public/v1/petitions", { body });
    expect(a.body.code).not.toBe(b.body.code);
  });

  it("gives concurrent online filings distinct numbers of the day; a replay's drawn number stays unused", async () => {
    const bodies = Array.from({ length: 12 }, () => publicBody(w.a.id));
    const filed = await Promise.all(
      bodies.map((body, i) =>
        call(t, "POST", "/api/public/v1/petitions", {
          body,
          headers: { "idempotency-key": `c0ffee00-burst-${String(i).padStart(4, "0")}` },
        }),
      ),
    );
    expect(filed.map((r) => r.status)).toEqual(filed.map(() => 201));
    const numbers = filed.map((r) => Number(String(r.body.code).slice(-4)));
    expect(new Set(numbers).size).toBe(numbers.length);
    const replay = await call(t, "POST", "/api/public/v1/petitions", {
      body: bodies[0],
      headers: { "idempotency-key": "c0ffee00-burst-0000" },
    });
    expect(replay.body).toEqual(filed[0]!.body);
    // The key is checked by the write, after the draw: the replay took the next number and left it unused.
    const next = await call(t, "POST", "/api/public/v1/petitions", { body: publicBody(w.a.id) });
    expect(Number(String(next.body.code).slice(-4))).toBe(Math.max(...numbers) + 2);

    // Filed together, written by shared statements: each still has its own petitioner, timeline entry,
    // audit event and notice, and the audit chain verifies.
    const codes = filed.map((r) => String(r.body.code));
    const rows = await queryRows<{
      code: string;
      identities: number;
      events: number;
      audits: number;
      notices: number;
    }>(
      t.db,
      sql`SELECT p.code,
            (SELECT count(*)::int FROM petition_identities i WHERE i.petition_id = p.id) AS identities,
            (SELECT count(*)::int FROM petition_events e WHERE e.petition_id = p.id) AS events,
            (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = p.id::text) AS audits,
            (SELECT count(*)::int FROM outbox o WHERE o.subject = 'Đã tiếp nhận đơn ' || p.code) AS notices
          FROM petitions p WHERE p.code IN ${codes}`,
    );
    expect(rows).toHaveLength(codes.length);
    for (const row of rows) {
      expect(row).toMatchObject({ identities: 1, events: 1, audits: 1 });
      expect(row.notices).toBeGreaterThan(0);
    }
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it("refuses bad input with 400", async () => {
    const noPetitioner = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { petitioner: null }),
    });
    expect(noPetitioner.status).toBe(400);
    expect(detailPaths(noPetitioner.body)).toEqual(["petitioner"]);
    const badId = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { petitioner: { fullName: "A", address: "B", personalId: "123" } }),
    });
    expect(detailPaths(badId.body)).toEqual(["petitioner.personalId"]);
    const badKey = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id),
      headers: { "idempotency-key": "bad key with spaces" },
    });
    expect(badKey.status).toBe(400);
    expect(detailPaths(badKey.body)).toEqual(["idempotency-key"]);
    const longKey = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id),
      headers: { "idempotency-key": "k".repeat(201) },
    });
    expect(detailPaths(longKey.body)).toEqual(["idempotency-key"]);
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(doc.body.paths["/api/public/v1/petitions"].post.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: false }),
    );
    const unknownUnit = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody("00000000-0000-7000-8000-000000000000"),
    });
    expect(detailPaths(unknownUnit.body)).toEqual(["unitId"]);
  });

  it("takes an anonymous online denunciation as information, with no identity row", async () => {
    const res = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { kind: "denunciation", petitioner: null }),
    });
    expect(res.status).toBe(201);
    const [row] = await t.db.select().from(petitions).where(eq(petitions.code, res.body.code));
    expect(row!.status).toBe("information");
    expect(
      await t.db.select().from(petitionIdentities).where(eq(petitionIdentities.petitionId, row!.id)),
    ).toHaveLength(0);
  });

  it("tracks by code and PIN: state and deadline, then the published answer; wrong PIN 404, bad code 400", async () => {
    const filed = await call(t, "POST", "/api/public/v1/petitions", { body: publicBody(w.a.id) });
    const { code, pin } = filed.body;
    const path = `/api/public/v1/petitions/${code}`;
    const seen = await call(t, "GET", path, { headers: { "x-tracking-pin": pin } });
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe("received");
    expect(seen.body.nextDeadline.stage).toBe("process");
    expect(seen.body.answer).toBeNull();
    expect((await call(t, "GET", path, { headers: { "x-tracking-pin": "00000000" } })).status).toBe(404);
    expect(
      (
        await call(t, "GET", `/api/public/v1/petitions/${code.slice(0, -4)}9999`, {
          headers: { "x-tracking-pin": pin },
        })
      ).status,
    ).toBe(404);
    const noPin = await call(t, "GET", path);
    expect(noPin.status).toBe(400);
    expect(noPin.body.error.details).toEqual([{ path: "x-tracking-pin", message: expect.any(String) }]);
    const longPin = await call(t, "GET", path, { headers: { "x-tracking-pin": "1".repeat(33) } });
    expect(longPin.status).toBe(400);
    expect(longPin.body.error.details[0].path).toBe("x-tracking-pin");
    // Spaces around the PIN are trimmed, as the form does.
    expect((await call(t, "GET", path, { headers: { "x-tracking-pin": ` ${pin} ` } })).status).toBe(200);
    // The header is read by name (not by a generated validator), and still documented.
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(doc.body.paths["/api/public/v1/petitions/{code}"].get.parameters).toContainEqual(
      expect.objectContaining({ name: "X-Tracking-Pin", in: "header", required: true }),
    );
    expect(
      (
        await call(t, "GET", "/api/public/v1/petitions/not%20a%20code", {
          headers: { "x-tracking-pin": pin },
        })
      ).status,
    ).toBe(400);
  });

  it("answers concurrent lookups (read together) each with its own petition, and a PIN only for its own code", async () => {
    const filed = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        call(t, "POST", "/api/public/v1/petitions", {
          body: publicBody(w.a.id, { summary: `Theo dõi cùng lúc số ${i}` }),
        }),
      ),
    );
    type Receipt = { code: string; pin: string };
    const [a, b, c, d] = filed.map((f) => f.body as Receipt) as [Receipt, Receipt, Receipt, Receipt];
    const look = (code: string, pin: string) =>
      call(t, "GET", `/api/public/v1/petitions/${code}`, { headers: { "x-tracking-pin": pin } });
    const seen = await Promise.all([
      look(a.code, a.pin),
      look(b.code, b.pin),
      look(c.code, d.pin),
      look(d.code, d.pin),
      look(a.code, a.pin),
      look(`${a.code.slice(0, -4)}9999`, a.pin),
    ]);
    expect(seen.map((r) => r.status)).toEqual([200, 200, 404, 200, 200, 404]);
    expect(seen.map((r) => r.body.code ?? null)).toEqual([a.code, b.code, null, d.code, a.code, null]);
  });

  it("shows the citizen the published answer but no staff names or internal notes", async () => {
    const p = await acceptedComplaint(t, w);
    await call(t, "POST", `/api/v1/petitions/${p.id}/notes`, {
      session: w.as.handlerA,
      body: { note: "Ghi chú nội bộ: xác minh tại thực địa" },
    });
    const res = await call(t, "POST", `/api/v1/petitions/${p.id}/resolve`, {
      session: w.as.handlerA,
      body: { decisionNo: "15/QĐ-UBND", answer: "Chấp nhận một phần nội dung khiếu nại", publish: true },
    });
    expect(res.status).toBe(200);
    const [row] = await t.db.select().from(petitions).where(eq(petitions.id, p.id));
    const seen = await call(t, "GET", `/api/public/v1/petitions/${row!.code}`, {
      headers: { "x-tracking-pin": p.pin },
    });
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe("resolved");
    expect(seen.body.answer).toEqual({
      text: "Chấp nhận một phần nội dung khiếu nại",
      documentNo: "15/QĐ-UBND",
      date: row!.resolvedDate,
    });
    const text = JSON.stringify(seen.body);
    for (const hidden of [
      "Ghi chú nội bộ",
      w.people.handlerA.fullName,
      w.people.receptionA.fullName,
      "handler",
    ]) {
      expect(text).not.toContain(hidden);
    }
  });
});
