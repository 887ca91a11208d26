/** Server messages of the consultations module, registered by the module at load. */
export const CONSULTATION_MESSAGES = {
  consultationMarkupNotAllowed: {
    vi: "Không được chứa mã HTML hoặc ký hiệu định dạng",
    en: "Markup is not allowed",
  },
  consultationOnlineNotAllowed: {
    vi: "Nội dung đóng góp, thu chi không biểu quyết trực tuyến; biểu quyết tại hội nghị hoặc bằng phiếu hộ gia đình (Luật THDCCS 2022 Đ.17)",
    en: "Contributions and funds are not voted online; vote at the meeting or by household ballot",
  },
  consultationVotingClosed: { vi: "Biểu quyết chưa mở hoặc đã kết thúc", en: "Voting is not open" },
  consultationVoterNotVerified: {
    vi: "Chưa xác thực người đại diện hộ gia đình; vui lòng xác thực bằng mã OTP",
    en: "The household representative is not verified; verify with the one-time code",
  },
  consultationHouseholdOutsideArea: {
    vi: "Hộ gia đình không thuộc địa bàn lấy ý kiến",
    en: "The household is outside the consultation's area",
  },
  consultationHouseholdMismatch: {
    vi: "Mã hộ hoặc số điện thoại không khớp sổ hộ",
    en: "Household code or phone does not match the register",
  },
  consultationCodeWrong: { vi: "Mã xác thực không đúng hoặc đã hết hạn", en: "Wrong or expired code" },
  consultationTallyAndVotes: {
    vi: "Cuộc lấy ý kiến đã có {existing}: không ghi đồng thời phiếu trực tuyến và kết quả kiểm phiếu tại hội nghị",
    en: "This consultation already has {existing}: online votes and a meeting tally are not combined",
  },
  consultationTallyExceeds: {
    vi: "Số phiếu vượt quá tổng số cử tri/hộ được lấy ý kiến",
    en: "More ballots than voters concerned",
  },
  consultationTallySum: {
    vi: "Tổng phiếu theo phương án cộng phiếu không hợp lệ phải bằng số phiếu thu về",
    en: "Option counts plus invalid ballots must equal ballots cast",
  },
  consultationSheetTooManyRows: {
    vi: "Bảng tính có quá 2.000 hộ cho một lần nhập; hãy chia thành nhiều tệp",
    en: "The workbook has more than 2,000 households for one import; split it into several files",
  },
  consultationVillageTotals: {
    vi: "Tổng số phiếu toàn xã phải bằng tổng số phiếu của các thôn, khối",
    en: "The commune totals must equal the sums of the villages' counts",
  },
  consultationOptionUnknown: {
    vi: "Phương án không thuộc cuộc lấy ý kiến",
    en: "The option is not part of this consultation",
  },
  consultationMemberRequired: {
    vi: "Biểu quyết theo từng người: chọn thành viên hộ",
    en: "Per-person voting: choose the member",
  },
  consultationOptionsFrozen: {
    vi: "Không thay đổi phương án khi đã mở biểu quyết",
    en: "Options cannot change once voting opened",
  },
  consultationPhaseBackwards: { vi: "Không chuyển ngược giai đoạn", en: "Phases move forward only" },
  consultationNotPublished: { vi: "Cuộc lấy ý kiến chưa công khai", en: "The consultation is not published" },
  consultationAlreadyAnswered: { vi: "Câu hỏi đã được trả lời", en: "The question has been answered" },
  consultationAlreadyModerated: { vi: "Ý kiến đã được kiểm duyệt", en: "The comment has been moderated" },
  consultationAlreadyReported: {
    vi: "Bạn đã báo cáo ý kiến này",
    en: "You have already reported this comment",
  },
  consultationNoOptions: {
    vi: "Cần ít nhất hai phương án trước khi mở biểu quyết",
    en: "At least two options are needed before voting opens",
  },
  consultationNotDecisionPhase: {
    vi: "Chỉ biểu quyết ở giai đoạn quyết định",
    en: "Voting happens in the decision phase",
  },
  consultationCloseFirst: {
    vi: "Kết thúc biểu quyết trước khi chuyển sang giai đoạn sau",
    en: "Close the vote before moving to a later phase",
  },
  consultationRecordNotDue: {
    vi: "Chỉ gửi biên bản sau khi kết thúc biểu quyết",
    en: "The record is sent after voting closes",
  },
  consultationDuplicateRow: { vi: "Trùng số hộ trong tệp", en: "Duplicate household code in the file" },
  consultationUnknownColumn: { vi: "Cột không nhận dạng được", en: "Unknown column" },
  consultationMissingColumn: { vi: "Thiếu cột bắt buộc", en: "Required column missing" },
  consultationMemberFormat: {
    vi: "Thành viên ghi dạng: Họ tên | quan hệ | năm sinh; cách nhau bằng dấu ;",
    en: "Members as: Name | relation | birth year; separated by ;",
  },
} as const;
