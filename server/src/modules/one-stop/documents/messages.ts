import { registerMessages } from "../../../platform/messages";

registerMessages({
  onestopNoReceipt: {
    vi: "Hồ sơ chưa được tiếp nhận nên chưa có Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    en: "The dossier has not been received, so there is no receipt and appointment slip yet",
  },
  onestopNoSupplementRequest: {
    vi: "Hồ sơ chưa có yêu cầu bổ sung, hoàn thiện nào",
    en: "No supplement has been requested for this dossier",
  },
  onestopNoRefusal: {
    vi: "Hồ sơ không bị từ chối tiếp nhận nên không có Phiếu từ chối",
    en: "The dossier was not refused, so there is no refusal slip",
  },
  onestopNoResultReturned: {
    vi: "Hồ sơ chưa trả kết quả nên chưa có Phiếu mời đánh giá",
    en: "The result has not been returned, so there is no rating invitation yet",
  },
  onestopRatingClosed: {
    vi: "Hồ sơ đã được đánh giá hoặc đã hết hạn đánh giá",
    en: "The dossier has already been rated or its rating link has expired",
  },
  onestopNoApology: {
    vi: "Hồ sơ chưa được xin lỗi và hẹn lại ngày trả kết quả",
    en: "The dossier has no apology and new appointment",
  },
});
