import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { households } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import {
  buildWorld,
  consultationApp,
  HEADER,
  householdRows,
  householdsOf,
  importRows,
  lastSms,
  openVote,
  type World,
} from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

describe("POST /api/v1/households/import", () => {
  it("401 without a session; 400 for a unit out of scope", async () => {
    const body = { unitId: w.a.id, header: HEADER, rows: householdRows(1) };
    expect((await call(t, "POST", "/api/v1/households/import", { body })).status).toBe(401);
    const other = await call(t, "POST", "/api/v1/households/import", { session: w.as.receptionB, body });
    expect(other.status).toBe(400);
    expect(detailPaths(other.body)).toContain("unitId");
  });

  it("rejects the whole table with every bad row named, saving nothing", async () => {
    const rows = householdRows(4, "Khối 7", "K7");
    rows[1]![2] = "";
    rows[2]![1] = rows[0]![1]!;
    rows[3]![4] = "12345";
    const res = await call(t, "POST", "/api/v1/households/import", {
      session: w.as.receptionA,
      body: { unitId: w.a.id, header: HEADER, rows },
    });
    expect(res.status).toBe(400);
    expect(detailPaths(res.body)).toEqual(["rows.1.headName", "rows.2.code", "rows.3.phone"]);
    expect(res.body.error.details[0].message).toBe("Bắt buộc nhập");
    const saved = await t.db.select().from(households).where(eq(households.hamlet, "Khối 7"));
    expect(saved).toHaveLength(0);
  });

  it("names an unknown column", async () => {
    const res = await call(t, "POST", "/api/v1/households/import", {
      session: w.as.receptionA,
      body: {
        unitId: w.a.id,
        header: ["Khối", "Số hộ", "Chủ hộ", "Địa chỉ", "Ghi chú"],
        rows: [["a", "b", "c", "d", "e"]],
      },
    });
    expect(detailPaths(res.body)).toEqual(["header.4"]);
  });

  it("imports a good table, updates on re-import, seals phones and lists them masked", async () => {
    const rows = householdRows(3, "Khối 9", "K9");
    expect(await importRows(t, w.as.receptionA, w.a.id, rows)).toEqual({ created: 3, updated: 0, total: 3 });
    rows[0]![2] = "Nguyễn Văn Đổi Tên";
    expect(await importRows(t, w.as.receptionA, w.a.id, rows)).toEqual({ created: 0, updated: 3, total: 3 });
    const [stored] = await t.db.select().from(households).where(eq(households.code, "K9-001"));
    expect(stored!.headName).toBe("Nguyễn Văn Đổi Tên");
    expect(stored!.phoneSealed).not.toContain(rows[0]![4]!);
    const listed = await call(t, "GET", `/api/v1/households?unitId=${w.a.id}&hamlet=Khối 9`, {
      session: w.as.receptionA,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(3);
    expect(listed.body.items[0].phoneMasked).toMatch(/^•+\d{3}$/);
    expect(listed.body.items[0].members).toHaveLength(2);
    expect(
      (await call(t, "GET", `/api/v1/households?unitId=${w.a.id}`, { session: w.as.receptionB })).status,
    ).toBe(404);
    expect(await auditOf(t.db, "consultations.import-households", w.a.id)).toHaveLength(2);
  });
});

describe("resident verification", () => {
  it("a one-time code by SMS through the outbox gives a voter token; wrong codes are counted", async () => {
    const rows = householdRows(2);
    await importRows(t, w.as.receptionA, w.a.id, rows);
    const c = await openVote(t, w);
    const phone = rows[0]![4]!;
    const mismatch = await call(t, "POST", `/api/public/v1/consultations/${c.id}/verification`, {
      body: { householdCode: rows[0]![1], phone: rows[1]![4] },
    });
    expect(mismatch.status).toBe(400);
    expect(detailPaths(mismatch.body)).toContain("phone");
    const asked = await call(t, "POST", `/api/public/v1/consultations/${c.id}/verification`, {
      body: { householdCode: rows[0]![1], phone: `+84${phone.slice(1)}` },
    });
    expect(asked.status).toBe(201);
    const sms = await lastSms(t, phone);
    const code = /: (\d{6})\./.exec(sms!.body)![1]!;
    const confirmUrl = `/api/public/v1/consultations/${c.id}/verification/${asked.body.verificationId}/confirm`;
    const wrong = await call(t, "POST", confirmUrl, {
      body: { code: code === "000000" ? "111111" : "000000" },
    });
    expect(wrong.status).toBe(400);
    expect(detailPaths(wrong.body)).toContain("code");
    const ok = await call(t, "POST", confirmUrl, { body: { code } });
    expect(ok.status).toBe(200);
    expect(ok.body.token.length).toBeGreaterThan(30);
    const reused = await call(t, "POST", confirmUrl, { body: { code } });
    expect(reused.status).toBe(400);
    for (let i = 0; i < 4; i += 1) {
      await call(t, "POST", `/api/public/v1/consultations/${c.id}/verification`, {
        body: { householdCode: rows[0]![1], phone },
      });
    }
    const flooded = await call(t, "POST", `/api/public/v1/consultations/${c.id}/verification`, {
      body: { householdCode: rows[0]![1], phone },
    });
    expect(flooded.status).toBe(429);
    const vote = await call(t, "POST", `/api/public/v1/consultations/${c.id}/vote`, {
      headers: { "x-voter-token": ok.body.token },
      body: { optionId: c.options[0]!.id },
    });
    expect(vote.status).toBe(200);
  });

  it("an officer verifies in person; households outside the area are refused", async () => {
    const c = await openVote(t, w);
    const [inside] = (await householdsOf(t, w.as.receptionA, w.a.id)).filter((h) => h.code.startsWith("K10"));
    const [outside] = (await householdsOf(t, w.as.receptionA, w.a.id)).filter((h) => h.code.startsWith("K9"));
    const url = (hid: string) => `/api/v1/consultations/${c.id}/households/${hid}/verify`;
    const body = { documentNote: "CCCD, 4 số cuối 0123" };
    expect((await call(t, "POST", url(inside!.id), { body })).status).toBe(401);
    expect((await call(t, "POST", url(inside!.id), { session: w.as.receptionB, body })).status).toBe(404);
    const noNote = await call(t, "POST", url(inside!.id), { session: w.as.receptionA, body: {} });
    expect(noNote.status).toBe(400);
    expect(detailPaths(noNote.body)).toContain("documentNote");
    const out = await call(t, "POST", url(outside!.id), { session: w.as.receptionA, body });
    expect(detailPaths(out.body)).toContain("householdId");
    const ok = await call(t, "POST", url(inside!.id), { session: w.as.receptionA, body });
    expect(ok.status).toBe(201);
    const audit = await auditOf(t.db, "consultations.verify-resident", c.id);
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).toContain("CCCD, 4 số cuối 0123");
  });
});
