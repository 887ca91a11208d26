import { PROCEDURE_IMPORT_LIMITS } from "@danvan/common";
import { and, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { procedures } from "../../../src/db/schema";
import { auditOf, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, createProcedure, oneStopApp, type World } from "./helpers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

async function upload(
  t: TestApp,
  query: string,
  bytes: Uint8Array,
  init: { session?: Session; name?: string; locale?: string } = {},
) {
  const form = new FormData();
  form.append("file", new File([bytes], init.name ?? "danh-muc.xlsx", { type: XLSX }));
  const headers: Record<string, string> = {};
  if (init.session) {
    headers.cookie = init.session.cookie;
    headers["x-csrf-token"] = init.session.csrf;
  }
  if (init.locale) {
    headers["accept-language"] = init.locale;
  }
  const res = await t.app.request(`/api/v1/onestop/procedures/import?${query}`, {
    method: "POST",
    body: form,
    headers,
  });
  // biome-ignore lint/suspicious/noExplicitAny: test convenience for reading response bodies
  return { status: res.status, body: (await res.json()) as any };
}

type Rows = { procedures: unknown[][]; documents: unknown[][]; steps: unknown[][] };

/** Fills the downloaded template's three sheets below the headers (the example rows are replaced). */
async function workbook(template: Uint8Array, rows: Rows): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const sheets: [string, unknown[][]][] = [
    ["Thủ tục", rows.procedures],
    ["Thành phần hồ sơ", rows.documents],
    ["Các bước xử lý", rows.steps],
  ];
  for (const [name, data] of sheets) {
    const ws = wb.getWorksheet(name)!;
    const width = ws.getRow(1).cellCount;
    for (let r = 2; r <= Math.max(ws.rowCount, data.length + 1); r++) {
      for (let c = 1; c <= width; c++) {
        ws.getCell(r, c).value = (data[r - 2]?.[c - 1] ?? null) as ExcelJS.CellValue;
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const proc = (code: string, over: Partial<Record<number, unknown>> = {}) => {
  const row: unknown[] = [
    code,
    `Đăng ký biến động đất đai ${code}`,
    "Đất đai",
    "xã",
    10,
    "một phần",
    "Lệ phí: 30.000 đồng; Phí thẩm định: 50000",
    "Giấy chứng nhận đã chỉnh lý",
    "Luật Đất đai 2024",
    new Date(Date.UTC(2024, 7, 1)),
    null,
    "có",
    "không",
  ];
  for (const [i, v] of Object.entries(over)) {
    row[Number(i)] = v;
  }
  return row;
};

describe(`one-stop catalogue import on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let template: Uint8Array;
  const inUnit = async () =>
    (await t.db.select({ n: count() }).from(procedures).where(eq(procedures.unitId, w.a.id)))[0]!.n;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("serves the template to catalogue managers; importing it unchanged checks clean", async () => {
    const path = "/api/v1/onestop/procedures/import-template.xlsx";
    expect((await t.app.request(path)).status).toBe(401);
    expect((await t.app.request(path, { headers: { cookie: w.as.clerkA.cookie } })).status).toBe(403);
    const res = await t.app.request(path, { headers: { cookie: w.as.admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    template = new Uint8Array(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "Thủ tục",
      "Thành phần hồ sơ",
      "Các bước xử lý",
    ]);
    expect(wb.getWorksheet("Thủ tục")!.getRow(1).getCell(1).value).toBe("Mã thủ tục *");
    const check = await upload(t, `unitId=${w.a.id}&dryRun=true`, template, { session: w.as.admin });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ dryRun: true, applied: false, created: 1, updated: 0, errors: [] });
    expect(await inUnit()).toBe(0);
  });

  it("refuses the wrong role, another province's unit, a file that is not a workbook and a too-large file", async () => {
    const file = await workbook(template, { procedures: [], documents: [], steps: [] });
    expect((await upload(t, `unitId=${w.a.id}`, file)).status).toBe(401);
    expect((await upload(t, `unitId=${w.a.id}`, file, { session: w.as.clerkA })).status).toBe(403);
    expect((await upload(t, `unitId=${w.a.id}`, file, { session: w.as.leaderA })).status).toBe(403);
    const other = await upload(t, `unitId=${w.a.id}`, file, { session: w.as.adminOther });
    expect(other.status).toBe(400);
    expect(other.body.error.details[0].path).toBe("unitId");
    const ownUnit = await upload(t, "dryRun=true", file, { session: w.as.admin });
    expect(ownUnit.body).toMatchObject({ dryRun: true, created: 0, updated: 0, errors: [] });
    expect((await upload(t, "unitId=nope", file, { session: w.as.admin })).status).toBe(400);
    expect((await upload(t, `unitId=${w.a.id}&dryRun=yes`, file, { session: w.as.admin })).status).toBe(400);
    const text = new TextEncoder().encode("Mã thủ tục;Tên thủ tục\n1.001;Khai sinh\n");
    const notXlsx = await upload(t, `unitId=${w.a.id}`, text, { session: w.as.admin });
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.error.details[0]).toMatchObject({ path: "file" });
    const tooBig = new Uint8Array(PROCEDURE_IMPORT_LIMITS.maxBytes + 1);
    tooBig.set([0x50, 0x4b, 0x03, 0x04]);
    const big = await upload(t, `unitId=${w.a.id}`, tooBig, { session: w.as.admin });
    expect(big.status).toBe(413);
    expect(big.body.error.details[0].message).toContain("900 KB");
    const huge = await upload(t, `unitId=${w.a.id}`, new Uint8Array(1_100_000), { session: w.as.admin });
    expect(huge.status).toBe(413);
    // A workbook whose directory says it unpacks to 2 GB is refused before anything is unpacked.
    const bomb = template.slice();
    const view = new DataView(bomb.buffer);
    const cd = bomb.findIndex((_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(cd + 24, 0x7fffffff, true);
    const unpacked = await upload(t, `unitId=${w.a.id}&dryRun=true`, bomb, { session: w.as.admin });
    expect(unpacked.status).toBe(400);
    expect(unpacked.body.error.details[0].message).toContain("quá lớn khi giải nén");
    const renamed = new ExcelJS.Workbook();
    renamed.addWorksheet("Thủ tục").addRow(["Mã", "Tên"]);
    renamed.addWorksheet("Thành phần hồ sơ");
    renamed.addWorksheet("Các bước xử lý");
    const badHeader = await upload(t, `unitId=${w.a.id}`, new Uint8Array(await renamed.xlsx.writeBuffer()), {
      session: w.as.admin,
    });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.error.details[0].message).toBe(
      "Trang “Thủ tục”: tiêu đề cột phải là “Mã thủ tục *” theo tệp mẫu",
    );
    expect(await inUnit()).toBe(0);
  });

  it("reports every bad cell by sheet, row and column and writes nothing, not even the good rows", async () => {
    const file = await workbook(template, {
      procedures: [
        proc("1.000001"),
        proc("1.000002", { 1: null, 3: "huyện", 4: "mười" }),
        proc("1.000001"),
        proc("1.000003", { 6: "Lệ phí ba chục nghìn" }),
        proc("1.000004", { 4: 2, 9: "31/02/2024" }),
      ],
      documents: [
        ["1.000001", null, "Đơn đăng ký biến động", 1, 0, "có"],
        ["1.000002", null, "Đơn", 11, 0, "có"],
        ["1.000003", null, "Đơn", 1, 0, "có"],
        ["1.000004", null, "Đơn", 1, 0, "có"],
        ["9.999999", null, "Giấy tờ lạc", 1, 0, "có"],
      ],
      steps: [
        ["1.000001", "Thẩm định", "Văn phòng Đăng ký đất đai", 6],
        ["1.000002", "Thẩm định", "Sở Không Có", 5],
        ["1.000003", "Thẩm định", null, 5],
        ["1.000004", "Thẩm định", null, 3],
      ],
    });
    const res = await upload(t, `unitId=${w.a.id}`, file, { session: w.as.admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, applied: false });
    const where = res.body.errors.map(
      (e: { sheet: string; row: number; column: string | null; field: string }) =>
        `${e.sheet}!${e.column}${e.row}:${e.field}`,
    );
    expect(where).toEqual(
      expect.arrayContaining([
        "Thủ tục!B3:name",
        "Thủ tục!D3:level",
        "Thủ tục!E3:processingDays",
        "Thủ tục!A4:code",
        "Thủ tục!G5:fees",
        "Thủ tục!E6:processingDays",
        "Thủ tục!J6:effectiveFrom",
        "Thành phần hồ sơ!D3:originals",
        "Thành phần hồ sơ!A6:procedureCode",
        "Các bước xử lý!C3:agency",
      ]),
    );
    const byPlace = Object.fromEntries(
      res.body.errors.map((e: { sheet: string; row: number; field: string; message: string }) => [
        `${e.sheet}!${e.row}:${e.field}`,
        e.message,
      ]),
    );
    expect(byPlace["Thủ tục!4:code"]).toBe("Mã đã tồn tại");
    expect(byPlace["Các bước xử lý!3:agency"]).toBe(
      "Cơ quan không có trong danh mục hoặc đã ngừng hoạt động",
    );
    expect(byPlace["Thủ tục!6:processingDays"]).toBe(
      "Tổng thời gian các bước vượt thời hạn giải quyết của thủ tục",
    );
    expect(await inUnit()).toBe(0);
    const en = await upload(t, `unitId=${w.a.id}&dryRun=true`, file, { session: w.as.admin, locale: "en" });
    expect(en.body.errors.find((e: { field: string }) => e.field === "fees").message).toContain(
      "label: amount",
    );
  });

  it("checks, then creates and replaces by code in one audited transaction", async () => {
    const existing = await createProcedure(t, w, { code: "1.004227" });
    const file = await workbook(template, {
      procedures: [
        proc("1.004227", { 1: "Đăng ký biến động quyền sử dụng đất", 4: 8 }),
        proc("2.000488", { 9: "15/08/2024" }),
      ],
      documents: [
        ["1.004227", null, "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", 1, 0, "có"],
        ["1.004227", "gcn", "Bản gốc Giấy chứng nhận", 1, 0, null],
        ["2.000488", "don", "Đơn đề nghị", 1, 1, "không"],
      ],
      steps: [
        ["1.004227", "Văn phòng Đăng ký đất đai thẩm định", "văn phòng đăng ký đất đai", 5],
        ["1.004227", "Lãnh đạo UBND xã ký", null, 3],
        ["2.000488", "Thẩm định", null, 10],
      ],
    });
    const check = await upload(t, `unitId=${w.a.id}&dryRun=true`, file, { session: w.as.admin });
    expect(check.body).toMatchObject({ dryRun: true, applied: false, created: 1, updated: 1, errors: [] });
    expect(await inUnit()).toBe(1);
    const res = await upload(t, `unitId=${w.a.id}&dryRun=false`, file, { session: w.as.admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: true, created: 1, updated: 1, errors: [] });
    expect(await inUnit()).toBe(2);
    const [updated] = await t.db.select().from(procedures).where(eq(procedures.id, existing.id));
    expect(updated).toMatchObject({
      name: "Đăng ký biến động quyền sử dụng đất",
      processingDays: 8,
      level: "commune",
      onlineLevel: "partial",
      isPublished: true,
      isPostedAtCounter: false,
      effectiveFrom: "2024-08-01",
      fees: [
        { label: "Lệ phí", amount: 30000 },
        { label: "Phí thẩm định", amount: 50000 },
      ],
      steps: [
        { name: "Văn phòng Đăng ký đất đai thẩm định", agencyId: w.landP.id, days: 5 },
        { name: "Lãnh đạo UBND xã ký", agencyId: null, days: 3 },
      ],
    });
    expect(updated!.documents.map((d) => [d.key, d.required])).toEqual([
      ["don-dang-ky-bien-dong-dat-dai-tai-san-ga", true],
      ["gcn", true],
    ]);
    const [created] = await t.db
      .select()
      .from(procedures)
      .where(and(eq(procedures.unitId, w.a.id), eq(procedures.code, "2.000488")));
    expect(created).toMatchObject({ effectiveFrom: "2024-08-15", processingDays: 10 });
    expect(created!.documents[0]).toMatchObject({ key: "don", originals: 1, copies: 1, required: false });
    expect(await auditOf(t.db, "onestop.update-procedure", existing.id)).toHaveLength(1);
    expect(await auditOf(t.db, "onestop.create-procedure", created!.id)).toHaveLength(1);
    const [summary] = await auditOf(t.db, "onestop.import-procedures", w.a.id);
    expect(summary).toMatchObject({ after: { created: 1, updated: 1 } });
  });
});
