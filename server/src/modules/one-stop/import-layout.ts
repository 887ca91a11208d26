/**
 * The catalogue workbook: one sheet of procedures (one row each), one of required documents and one of
 * processing steps (one row per document or step, tied to its procedure by code, in order). The header
 * row of each sheet must read as below; `*` marks a required column. See the module README.
 */
export type ImportColumn = { key: string; label: string; width: number; required?: boolean; hint: string };
export type ImportSheet = { name: string; columns: ImportColumn[] };

export const PROCEDURE_SHEET: ImportSheet = {
  name: "Thủ tục",
  columns: [
    {
      key: "code",
      label: "Mã thủ tục",
      width: 16,
      required: true,
      hint: "Mã trên CSDL quốc gia về TTHC, ví dụ 1.001193",
    },
    { key: "name", label: "Tên thủ tục", width: 44, required: true, hint: "Tối đa 500 ký tự" },
    {
      key: "field",
      label: "Lĩnh vực",
      width: 18,
      required: true,
      hint: "Ví dụ: Hộ tịch, Đất đai, Chứng thực",
    },
    { key: "level", label: "Cấp thực hiện", width: 12, required: true, hint: "xã hoặc tỉnh" },
    {
      key: "processingDays",
      label: "Thời hạn giải quyết (ngày làm việc)",
      width: 16,
      required: true,
      hint: "Số nguyên; 0 là trả kết quả ngay trong ngày",
    },
    {
      key: "onlineLevel",
      label: "Dịch vụ công trực tuyến",
      width: 16,
      required: true,
      hint: "toàn trình, một phần hoặc không",
    },
    {
      key: "fees",
      label: "Phí, lệ phí",
      width: 28,
      hint: "Mỗi khoản một dòng (hoặc cách nhau bởi dấu ;): Tên khoản: số tiền (đồng). Để trống nếu miễn phí",
    },
    {
      key: "resultDocument",
      label: "Kết quả giải quyết",
      width: 30,
      required: true,
      hint: "Giấy tờ trả cho người dân",
    },
    { key: "legalBasis", label: "Căn cứ pháp lý", width: 30, hint: "Không bắt buộc" },
    {
      key: "effectiveFrom",
      label: "Hiệu lực từ ngày",
      width: 14,
      required: true,
      hint: "Ô kiểu ngày, hoặc dd/mm/yyyy, hoặc yyyy-mm-dd",
    },
    { key: "effectiveTo", label: "Hiệu lực đến ngày", width: 14, hint: "Để trống nếu còn hiệu lực" },
    {
      key: "isPublished",
      label: "Công khai trên Cổng dịch vụ công",
      width: 14,
      hint: "có hoặc không (mặc định: có)",
    },
    {
      key: "isPostedAtCounter",
      label: "Niêm yết tại Bộ phận Một cửa",
      width: 14,
      hint: "có hoặc không (mặc định: có)",
    },
  ],
};

export const DOCUMENT_SHEET: ImportSheet = {
  name: "Thành phần hồ sơ",
  columns: [
    {
      key: "procedureCode",
      label: "Mã thủ tục",
      width: 16,
      required: true,
      hint: "Mã của thủ tục ở trang Thủ tục",
    },
    {
      key: "key",
      label: "Ký hiệu giấy tờ",
      width: 16,
      hint: "Chữ thường, số, dấu gạch ngang; để trống để tạo từ tên giấy tờ",
    },
    { key: "name", label: "Tên giấy tờ", width: 48, required: true, hint: "Tối đa 400 ký tự" },
    { key: "originals", label: "Số bản chính", width: 10, required: true, hint: "0 đến 10" },
    { key: "copies", label: "Số bản sao", width: 10, required: true, hint: "0 đến 10" },
    { key: "required", label: "Bắt buộc", width: 10, hint: "có hoặc không (mặc định: có)" },
  ],
};

export const STEP_SHEET: ImportSheet = {
  name: "Các bước xử lý",
  columns: [
    {
      key: "procedureCode",
      label: "Mã thủ tục",
      width: 16,
      required: true,
      hint: "Mã của thủ tục ở trang Thủ tục",
    },
    {
      key: "name",
      label: "Tên bước",
      width: 36,
      required: true,
      hint: "Theo thứ tự thực hiện, từ trên xuống",
    },
    {
      key: "agency",
      label: "Cơ quan thực hiện",
      width: 30,
      hint: "Tên cơ quan trong danh mục của tỉnh; để trống nếu do chính đơn vị thực hiện",
    },
    {
      key: "days",
      label: "Thời gian (ngày làm việc)",
      width: 14,
      required: true,
      hint: "Tổng các bước không vượt thời hạn giải quyết",
    },
  ],
};

export const IMPORT_SHEETS = [PROCEDURE_SHEET, DOCUMENT_SHEET, STEP_SHEET] as const;

/** The header cell's text: the label, and " *" on a required column. */
export const headerText = (c: ImportColumn) => (c.required ? `${c.label} *` : c.label);

/** Excel's column letter of a 0-based index (A…Z, AA…). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The words a sheet may use for the enumerations, in Vietnamese or as the API's values. */
export const LEVEL_WORDS: Record<string, string> = {
  xã: "commune",
  tỉnh: "province",
  commune: "commune",
  province: "province",
};
export const ONLINE_WORDS: Record<string, string> = {
  "toàn trình": "full",
  "một phần": "partial",
  không: "none",
  full: "full",
  partial: "partial",
  none: "none",
};
export const YES_WORDS = new Set(["có", "x", "yes", "true", "1", "đúng"]);
export const NO_WORDS = new Set(["không", "no", "false", "0", "sai"]);
