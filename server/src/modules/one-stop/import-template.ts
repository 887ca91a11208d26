import { PROCEDURE_IMPORT_LIMITS } from "@danvan/common";
import ExcelJS from "exceljs";
import { type Ctx, requireActor } from "../../platform/context";
import { assertCan } from "../../platform/errors";
import { canAnywhere } from "../../platform/scope";
import { DOCUMENT_SHEET, headerText, type ImportSheet, PROCEDURE_SHEET, STEP_SHEET } from "./import-layout";

const GUIDE = [
  "MẪU NHẬP DANH MỤC THỦ TỤC HÀNH CHÍNH",
  "",
  "1. Trang “Thủ tục”: mỗi dòng một thủ tục. Cột có dấu * là bắt buộc. Di chuột vào tiêu đề cột để xem cách ghi.",
  "2. Trang “Thành phần hồ sơ”: mỗi dòng một giấy tờ, ghi mã thủ tục ở cột đầu; thứ tự dòng là thứ tự giấy tờ.",
  "3. Trang “Các bước xử lý”: mỗi dòng một bước, theo thứ tự thực hiện; tổng số ngày không vượt thời hạn giải quyết.",
  "4. Mã thủ tục đã có trong danh mục của đơn vị thì nội dung thủ tục được thay bằng nội dung trong tệp;",
  "   hồ sơ đã nộp giữ nguyên thời hạn và các bước tại thời điểm nộp.",
  "5. Nhập “Kiểm tra” trước để xem lỗi theo từng dòng; chỉ khi không còn lỗi nào thì toàn bộ tệp mới được ghi.",
  `6. Tệp tối đa ${Math.floor(PROCEDURE_IMPORT_LIMITS.maxBytes / 1024)} KB và ${PROCEDURE_IMPORT_LIMITS.maxRows} dòng dữ liệu; không đổi tên trang tính và tiêu đề cột.`,
  "",
  "Dòng mẫu (thủ tục đăng ký khai sinh) có thể xóa hoặc sửa.",
];

const EXAMPLE = {
  procedure: [
    "1.001193",
    "Thủ tục đăng ký khai sinh",
    "Hộ tịch",
    "xã",
    3,
    "một phần",
    "Lệ phí: 0",
    "Giấy khai sinh (bản chính)",
    "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
    new Date(Date.UTC(2016, 0, 1)),
    null,
    "có",
    "có",
  ],
  documents: [
    ["1.001193", "to-khai", "Tờ khai đăng ký khai sinh theo mẫu", 1, 0, "có"],
    ["1.001193", "giay-chung-sinh", "Giấy chứng sinh hoặc văn bản thay thế", 1, 0, "có"],
  ],
  steps: [
    ["1.001193", "Công chức Tư pháp - Hộ tịch kiểm tra, ghi sổ hộ tịch", null, 2],
    ["1.001193", "Lãnh đạo UBND ký Giấy khai sinh", null, 1],
  ],
};

const CHOICES: Record<string, string> = {
  level: '"xã,tỉnh"',
  onlineLevel: '"toàn trình,một phần,không"',
  isPublished: '"có,không"',
  isPostedAtCounter: '"có,không"',
  required: '"có,không"',
};

function addSheet(wb: ExcelJS.Workbook, sheet: ImportSheet, rows: ExcelJS.CellValue[][]) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ key: c.key, width: c.width }));
  const header = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerText(c);
    cell.note = c.hint;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "middle" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDCE6F1" } };
    const column = ws.getColumn(i + 1);
    if (c.key === "code" || c.key === "procedureCode" || c.key === "key") {
      // Codes such as 1.001193 must stay text, or Excel reads them as numbers and drops zeros.
      column.numFmt = "@";
    }
    if (c.key.startsWith("effective")) {
      column.numFmt = "dd/mm/yyyy";
    }
  });
  header.height = 36;
  for (const r of rows) {
    ws.addRow(r).alignment = { wrapText: true, vertical: "top" };
  }
  sheet.columns.forEach((c, i) => {
    const list = CHOICES[c.key];
    if (!list) {
      return;
    }
    for (let row = 2; row <= 300; row++) {
      ws.getCell(row, i + 1).dataValidation = { type: "list", allowBlank: true, formulae: [list] };
    }
  });
}

/** The workbook to fill in: a guide sheet, the three sheets with their headers, hints and one example. */
export async function buildImportTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Danvan";
  const guide = wb.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 110;
  GUIDE.forEach((line, i) => {
    guide.getCell(i + 1, 1).value = line;
  });
  guide.getCell(1, 1).font = { bold: true, size: 13 };
  addSheet(wb, PROCEDURE_SHEET, [EXAMPLE.procedure]);
  addSheet(wb, DOCUMENT_SHEET, EXAMPLE.documents);
  addSheet(wb, STEP_SHEET, EXAMPLE.steps);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The template for whoever manages a catalogue. */
export function getImportTemplate(ctx: Ctx): Promise<Buffer> {
  assertCan(canAnywhere(requireActor(ctx), "onestop.catalogue.manage"));
  return buildImportTemplate();
}
