import { ONESTOP_LIMITS } from "@danvan/common";
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  addDays,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  patchDossier,
  processingDossier,
  type World,
} from "./helpers";
import { readPdf, renderFirstPage } from "./pdf-reader";

let ipSeq = 0;
async function get(
  t: TestApp,
  path: string,
  init: { session?: Session; headers?: Record<string, string> } = {},
) {
  ipSeq += 1;
  const headers: Record<string, string> = { "x-forwarded-for": `10.88.${ipSeq >> 8}.${ipSeq & 255}` };
  Object.assign(headers, init.headers);
  if (init.session) {
    headers.cookie = init.session.cookie;
  }
  const res = await t.app.request(path, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const json = res.headers.get("content-type")?.includes("json")
    ? JSON.parse(new TextDecoder().decode(bytes))
    : null;
  return { status: res.status, bytes, headers: res.headers, json };
}

const doc = (id: string, file: string) => `/api/v1/onestop/dossiers/${id}/documents/${file}`;
const vnDate = (iso: string) => `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;

describe(`one-stop printable slips on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("documents the slip and catalogue-import routes in the OpenAPI description", async () => {
    const doc = await call(t, "GET", "/api/openapi.json");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/onestop/dossiers/{id}/documents/{file}",
        "/api/public/v1/dossiers/{code}/receipt.pdf",
        "/api/v1/onestop/procedures/import",
        "/api/v1/onestop/procedures/import-template.xlsx",
      ]),
    );
    const slip = doc.body.paths["/api/v1/onestop/dossiers/{id}/documents/{file}"].get;
    const file = slip.parameters.find((p: { name: string }) => p.name === "file");
    expect(file.schema.enum).toEqual([
      "receipt.pdf",
      "supplement.pdf",
      "refusal.pdf",
      "apology.pdf",
      "rating.pdf",
    ]);
  });

  it("checks sign-in, scope, the kind and whether the slip was issued before printing", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    expect((await get(t, doc(dossier.id, "receipt.pdf"))).status).toBe(401);
    expect((await get(t, doc(dossier.id, "receipt.pdf"), { session: w.as.clerkB })).status).toBe(404);
    const bad = await get(t, doc(dossier.id, "invoice.pdf"), { session: w.as.clerkA });
    expect(bad.status).toBe(400);
    expect(bad.json.error.details[0].path).toBe("param.file");
    for (const file of ["receipt.pdf", "supplement.pdf", "refusal.pdf", "apology.pdf", "rating.pdf"]) {
      const early = await get(t, doc(dossier.id, file), { session: w.as.clerkA });
      expect(early.status).toBe(409);
      expect(early.json.error.message).toMatch(/Hồ sơ (chưa|không)/);
    }
    const en = await get(t, doc(dossier.id, "receipt.pdf"), {
      session: w.as.clerkA,
      headers: { "accept-language": "en" },
    });
    expect(en.json.error.message).toContain("has not been received");
  });

  it("prints the receipt on A4 with the Vietnamese text in its text layer and a QR code to the status page", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const received = await must(act(t, w.as.clerkA, dossier.id, "receive"));
    // The day of receipt, not the day the file started: a run crossing midnight in Vietnam prints the later.
    const today: string = received.body.clockStartDate;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const res = await get(t, doc(dossier.id, "receipt.pdf"), { session: w.as.leaderA });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toContain(`${dossier.code}-giay-tiep-nhan-hen-tra.pdf`);
    expect(new TextDecoder().decode(res.bytes.subarray(0, 5))).toBe("%PDF-");
    const raw = Buffer.from(res.bytes).toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/NotoSans/);
    const pdf = await readPdf(res.bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 1);
    expect(pdf.pages[0]!.height).toBeCloseTo(841.89, 1);
    expect(pdf.info.Title).toBe("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
    for (const phrase of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
      `Mã hồ sơ: ${dossier.code}`,
      "Ông/Bà: Nguyễn Văn Dân",
      "Đơn đăng ký biến động: 01 bản chính",
      "Bản gốc Giấy chứng nhận: 01 bản chính",
      "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
      `4. Thời gian nhận hồ sơ:`,
      `5. Thời gian trả kết quả giải quyết hồ sơ: ${vnDate(received.body.appointmentDate)}`,
      "NGƯỜI TIẾP NHẬN HỒ SƠ",
      "Phạm Một Cửa",
    ]) {
      expect(pdf.text).toContain(phrase);
    }
    expect(pdf.text).toContain(vnDate(today));
    expect(pdf.text).toMatch(
      new RegExp(`4\\. Thời gian nhận hồ sơ: \\d{2} giờ \\d{2} phút, ${vnDate(today)}`),
    );
    const image = await renderFirstPage(res.bytes);
    const qr = jsQR(image.data, image.width, image.height);
    expect(qr?.data).toBe(`http://localhost/public/ho-so/${dossier.code}`);

    // A receipt entered days later (the timeline is of today) prints the day without an hour.
    await patchDossier(t.db, dossier.id, { clockStartDate: addDays(today, -3) });
    const later = await readPdf(
      (await get(t, doc(dossier.id, "receipt.pdf"), { session: w.as.clerkA })).bytes,
    );
    expect(later.text).toContain(`4. Thời gian nhận hồ sơ: ${vnDate(addDays(today, -3))}`);
    await patchDossier(t.db, dossier.id, { clockStartDate: today });

    t.config.publicUrl = "https://motcua.example.vn/";
    try {
      const behindProxy = await get(t, doc(dossier.id, "receipt.pdf"), { session: w.as.clerkA });
      const image2 = await renderFirstPage(behindProxy.bytes);
      expect(jsQR(image2.data, image2.width, image2.height)?.data).toBe(
        `https://motcua.example.vn/public/ho-so/${dossier.code}`,
      );
    } finally {
      t.config.publicUrl = undefined;
    }
  });

  it("prints the complete supplement list, the refusal with its reason, never a receipt for a refusal", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId, [{ key: "don", form: "original", count: 1 }]);
    const items = [
      { key: "gcn", description: "Bản gốc Giấy chứng nhận quyền sử dụng đất" },
      { description: "Trích lục bản đồ địa chính thửa đất số 127, tờ bản đồ số 9" },
    ];
    await must(act(t, w.as.clerkA, dossier.id, "request-supplement", { items, note: "Thiếu giấy tờ gốc" }));
    const slip = await get(t, doc(dossier.id, "supplement.pdf"), { session: w.as.clerkA });
    expect(slip.status).toBe(200);
    const text = (await readPdf(slip.bytes)).text;
    expect(text).toContain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
    expect(text).toContain(`1. ${items[0]!.description}`);
    expect(text).toContain(`2. ${items[1]!.description}`);
    expect(text).toContain("Lý do: Thiếu giấy tờ gốc");
    expect(text).toContain("NGƯỜI HƯỚNG DẪN");

    const reason = "Thửa đất đang có tranh chấp, không đủ điều kiện đăng ký biến động";
    await must(act(t, w.as.clerkA, dossier.id, "refuse", { reason }));
    const refusal = await get(t, doc(dossier.id, "refusal.pdf"), { session: w.as.clerkA });
    expect(refusal.status).toBe(200);
    const refusalText = (await readPdf(refusal.bytes)).text;
    expect(refusalText).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expect(refusalText.replace(/\s+/g, " ")).toContain(reason);
    expect((await get(t, doc(dossier.id, "receipt.pdf"), { session: w.as.clerkA })).status).toBe(409);
  });

  it("prints one page per supplement request: at intake and after receipt", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId, [{ key: "don", form: "original", count: 1 }]);
    const id = dossier.id;
    await must(
      act(t, w.as.clerkA, id, "request-supplement", { items: [{ description: "Bản gốc Giấy chứng nhận" }] }),
    );
    await must(act(t, w.as.clerkA, id, "supplement", { documents: [{ key: "gcn", form: "original" }] }));
    await must(act(t, w.as.clerkA, id, "receive"));
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    const items = [{ description: "Biên bản xác minh hiện trạng có chữ ký của các hộ liền kề" }];
    await must(
      act(t, w.as.handlerA, id, "return-for-supplement", { items, reason: "Thiếu biên bản xác minh" }),
    );
    const pdf = await readPdf((await get(t, doc(id, "supplement.pdf"), { session: w.as.clerkA })).bytes);
    expect(pdf.pages).toHaveLength(2);
    expect(pdf.pages[0]!.text).toContain("1. Bản gốc Giấy chứng nhận");
    expect(pdf.pages[0]!.text).toContain("Phạm Một Cửa");
    expect(pdf.pages[1]!.text).toContain(`1. ${items[0]!.description}`);
    expect(pdf.pages[1]!.text).toContain("Lý do: Thiếu biên bản xác minh");
    expect(pdf.pages[1]!.text).toContain("CƠ QUAN GIẢI QUYẾT");
    expect(pdf.pages[1]!.text).toContain("Hoàng Xử Lý");
  });

  it("prints the apology with the reason, the first and the new appointment", async () => {
    const d = await processingDossier(t, w, procedureId);
    const detail = await must(call(t, "GET", `/api/v1/onestop/dossiers/${d.id}`, { session: w.as.clerkA }));
    const due = detail.body.appointmentDate as string;
    const body = {
      reason: "Chờ kết quả đo đạc thực địa của Văn phòng Đăng ký đất đai",
      newAppointmentDate: addDays(due, 7),
    };
    await must(act(t, w.as.handlerA, d.id, "reappoint", body));
    const slip = await get(t, doc(d.id, "apology.pdf"), { session: w.as.handlerA });
    expect(slip.status).toBe(200);
    const text = (await readPdf(slip.bytes)).text.replace(/\s+/g, " ");
    expect(text).toContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    expect(text).toContain(`Kính gửi: Nguyễn Văn Dân`);
    expect(text).toContain(`Lý do: ${body.reason}`);
    expect(text).toContain(`Thời gian hẹn trả kết quả giải quyết hồ sơ: ${vnDate(due)}`);
    expect(text).toContain(`vào ${vnDate(body.newAppointmentDate)}`);
    expect(text).toContain("Hoàng Xử Lý");
  });

  it("gives the applicant their receipt with the PIN, never without it, under the PIN guess limit", async () => {
    const { dossier, pin } = await fileAtCounter(t, w, procedureId);
    const path = `/api/public/v1/dossiers/${dossier.code}/receipt.pdf`;
    expect((await get(t, path, { headers: { "x-tracking-pin": pin } })).status).toBe(409);
    await must(act(t, w.as.clerkA, dossier.id, "receive"));
    const missing = await get(t, path);
    expect(missing.status).toBe(400);
    expect(missing.json.error.details[0].path).toBe("pin");
    expect((await get(t, `/api/public/v1/dossiers/not-a-code/receipt.pdf?pin=${pin}`)).status).toBe(400);
    const byHeader = await get(t, path, { headers: { "x-tracking-pin": pin } });
    expect(byHeader.status).toBe(200);
    expect((await readPdf(byHeader.bytes)).text).toContain(`Mã hồ sơ: ${dossier.code}`);
    const byQuery = await get(t, `${path}?pin=${pin}`);
    expect(byQuery.status).toBe(200);
    const wrong = pin === "00000000" ? "11111111" : "00000000";
    const client = { "x-forwarded-for": "10.99.0.1" };
    for (let i = 0; i < ONESTOP_LIMITS.pinAttempts; i++) {
      const r = await t.app.request(`${path}?pin=${wrong}`, { headers: client });
      expect(r.status).toBe(404);
    }
    expect((await t.app.request(`${path}?pin=${wrong}`, { headers: client })).status).toBe(429);
  });
});
