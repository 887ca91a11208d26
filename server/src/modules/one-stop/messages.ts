import { registerMessages } from "../../platform/messages";

registerMessages({
  onestopTransition: {
    vi: "Không thể thực hiện thao tác này với hồ sơ ở trạng thái hiện tại",
    en: "This action is not available for the dossier now",
  },
  onestopStepBudget: {
    vi: "Tổng thời gian các bước vượt thời hạn giải quyết của thủ tục",
    en: "The steps' time budgets exceed the procedure's processing time",
  },
  onestopSupplementOnce: {
    vi: "Hồ sơ đã được yêu cầu bổ sung một lần; không yêu cầu bổ sung lần hai (NĐ 61/2018 Đ.15 k.3)",
    en: "A supplement was already requested once; a second request is not allowed",
  },
  onestopReturnOnce: {
    vi: "Hồ sơ đã được trả lại để bổ sung một lần",
    en: "The dossier was already returned for supplement once",
  },
  onestopReturnWindow: {
    vi: "Đã quá {days} ngày làm việc kể từ ngày tiếp nhận ({date}): không trả lại hồ sơ để bổ sung",
    en: "More than {days} working days since receipt ({date}): the dossier can no longer be returned",
  },
  onestopReappointOnce: {
    vi: "Hồ sơ đã được hẹn lại ngày trả kết quả một lần; không hẹn lại lần hai (NĐ 61/2018 Đ.19 k.9)",
    en: "The dossier was already re-appointed once; a second re-appointment is not allowed",
  },
  onestopReappointTooLate: {
    vi: "Phải xin lỗi và hẹn lại chậm nhất ngày {date} (trước ngày hẹn trả)",
    en: "The apology and new appointment were due by {date} (before the appointment)",
  },
  onestopReappointNotLater: {
    vi: "Ngày hẹn mới phải sau ngày hẹn hiện tại",
    en: "The new appointment must be later than the current one",
  },
  onestopMissingDocument: { vi: "Thiếu giấy tờ bắt buộc", en: "A required document is missing" },
  onestopUnknownDocument: {
    vi: "Giấy tờ không có trong thành phần hồ sơ của thủ tục",
    en: "This document is not on the procedure's list",
  },
  onestopUnknownMissingItem: {
    vi: "Mục này không có trong danh sách cần bổ sung",
    en: "This item is not on the list of items to supplement",
  },
  onestopProcedureNotInForce: {
    vi: "Thủ tục chưa có hiệu lực, đã hết hiệu lực hoặc chưa công bố",
    en: "The procedure is not in force or not published",
  },
  onestopProcedureOffline: {
    vi: "Thủ tục này không tiếp nhận hồ sơ trực tuyến",
    en: "This procedure cannot be filed online",
  },
  onestopStepMismatch: {
    vi: "Bước {stepNo} không phải bước đang xử lý (bước hiện tại: {current})",
    en: "Step {stepNo} is not the step in progress (current: {current})",
  },
  onestopHandlerInvalid: {
    vi: "Người xử lý không có quyền xử lý hồ sơ của đơn vị này",
    en: "This person may not process the unit's dossiers",
  },
  onestopAgencyUnknown: {
    vi: "Cơ quan không có trong danh mục hoặc đã ngừng hoạt động",
    en: "The agency is not in the catalogue or is inactive",
  },
  onestopUnitOutOfScope: {
    vi: "Bạn không quản lý danh mục thủ tục của đơn vị này",
    en: "You do not manage this unit's catalogue",
  },
  onestopNoSupplementAsked: {
    vi: "Hồ sơ không ở trạng thái chờ bổ sung; không thể gửi bổ sung",
    en: "The dossier is not waiting for a supplement",
  },
});
