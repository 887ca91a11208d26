import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, detailPaths, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, consultationApp, HEADER, householdRows, householdsOf, type World } from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

async function workbook(rows: (string | number | Date)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sổ hộ");
  for (const r of rows) {
    ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function readSheet(unitId: string, bytes: Uint8Array, session?: Session, name = "so-ho.xlsx") {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  const headers: Record<string, string> = { "accept-language": "vi" };
  if (session) {
    headers.cookie = session.cookie;
    headers["x-csrf-token"] = session.csrf;
  }
  const res = await t.app.request(`/api/v1/households/sheet?unitId=${unitId}`, {
    method: "POST",
    headers,
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, never> };
}

describe(`the household register from an Excel workbook on ${DB_KIND}`, () => {
  it("reads the first sheet as rows the import then checks and saves", async () => {
    const rows = householdRows(3, "Khối 7", "K7");
    const bytes = await workbook([HEADER, ...rows, [], ["", "", "", "", "", ""]]);
    const read = await readSheet(w.a.id, bytes, w.as.receptionA);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ header: HEADER, rows });
    const saved = await call(t, "POST", "/api/v1/households/import", {
      session: w.as.receptionA,
      body: { unitId: w.a.id, ...(read.body as object) },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.created).toBe(3);
    const codes = (await householdsOf(t, w.as.receptionA, w.a.id)).map((h) => h.code);
    expect(codes).toEqual(expect.arrayContaining(["K7-001", "K7-002", "K7-003"]));
  });

  it("refuses another commune's unit, a file that is not a workbook and no file, naming the field", async () => {
    const bytes = await workbook([HEADER, ...householdRows(1)]);
    expect((await readSheet(w.a.id, bytes)).status).toBe(401);
    const other = await readSheet(w.b.id, bytes, w.as.receptionA);
    expect(other.status).toBe(400);
    expect(detailPaths(other.body)).toEqual(["unitId"]);
    const text = await readSheet(w.a.id, new TextEncoder().encode("Khối,Số hộ\n"), w.as.receptionA, "a.xlsx");
    expect(text.status).toBe(400);
    expect(detailPaths(text.body)).toEqual(["file"]);
    expect(JSON.stringify(text.body)).toContain(".xlsx");
    const none = await t.app.request(`/api/v1/households/sheet?unitId=${w.a.id}`, {
      method: "POST",
      headers: { cookie: w.as.receptionA.cookie, "x-csrf-token": w.as.receptionA.csrf },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
  });
});
