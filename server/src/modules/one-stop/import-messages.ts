import { registerMessages } from "../../platform/messages";

registerMessages({
  onestopImportNotXlsx: {
    vi: "Tệp không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng",
    en: "The file is not an Excel workbook (.xlsx) or is damaged",
  },
  onestopImportTooBig: {
    vi: "Bảng tính quá lớn khi giải nén; hãy chia thành nhiều tệp",
    en: "The workbook is too large once unpacked; split it into several files",
  },
  onestopImportFileSize: {
    vi: "Tệp vượt quá {max} KB",
    en: "The file is larger than {max} KB",
  },
  onestopImportSheetMissing: {
    vi: "Thiếu trang tính “{sheet}”; hãy dùng tệp mẫu",
    en: "The sheet “{sheet}” is missing; use the template",
  },
  onestopImportHeader: {
    vi: "Trang “{sheet}”: tiêu đề cột phải là “{column}” theo tệp mẫu",
    en: "Sheet “{sheet}”: the column header must read “{column}” as in the template",
  },
  onestopImportTooManyRows: {
    vi: "Bảng tính có quá {max} dòng dữ liệu; hãy chia thành nhiều tệp",
    en: "The workbook has more than {max} data rows; split it into several files",
  },
  onestopImportNoDocuments: {
    vi: "Thủ tục chưa có giấy tờ nào ở trang “Thành phần hồ sơ”",
    en: "The procedure has no document on the “Thành phần hồ sơ” sheet",
  },
  onestopImportNoSteps: {
    vi: "Thủ tục chưa có bước nào ở trang “Các bước xử lý”",
    en: "The procedure has no step on the “Các bước xử lý” sheet",
  },
  onestopImportFeeFormat: {
    vi: "Mỗi khoản phí ghi “Tên khoản: số tiền”, cách nhau bởi xuống dòng hoặc dấu ;",
    en: "Write each fee as “label: amount”, separated by new lines or ;",
  },
  onestopImportAgencyAmbiguous: {
    vi: "Có nhiều cơ quan cùng tên; hãy ghi mã định danh (ID) của cơ quan",
    en: "Several agencies have this name; give the agency's ID",
  },
  onestopImportUnknownProcedure: {
    vi: "Mã thủ tục không có ở trang “Thủ tục”",
    en: "This procedure code is not on the “Thủ tục” sheet",
  },
});
