/** Server error messages of the reception module, merged into the platform's message table. */
export const RECEPTION_MESSAGES: Record<string, { vi: string; en: string }> = {
  receptionEndBeforeStart: {
    vi: "Giờ kết thúc phải sau giờ bắt đầu",
    en: "The end time must follow the start time",
  },
  receptionHostNotLeader: {
    vi: "Người chủ trì phải là lãnh đạo của đơn vị",
    en: "The host must hold a leader role over the unit",
  },
  receptionAcceptOutside: {
    vi: "Vụ việc không thuộc thẩm quyền thì không tiếp nhận giải quyết",
    en: "A matter outside competence cannot be taken on",
  },
  receptionRepresentativesRequired: {
    vi: "Nhiều người cùng nội dung phải cử người đại diện: 1–2 người nếu từ 5 đến 10 người, không quá 5 người nếu trên 10 người (Luật TCD 2013 Đ.30)",
    en: "A group with one content must appoint representatives: 1–2 for 5 to 10 people, at most 5 above 10",
  },
  receptionRepresentativesTooMany: {
    vi: "Quá số người đại diện cho phép với số người của nhóm (Luật TCD 2013 Đ.30)",
    en: "Too many representatives for the size of the group",
  },
  receptionAppointmentRequired: {
    vi: "Cần văn bản cử người đại diện có chữ ký của những người cùng nội dung",
    en: "The written appointment signed by the group is required",
  },
  receptionRefusalGroundNotInForce: {
    vi: "Căn cứ từ chối này chưa có hiệu lực vào ngày tiếp",
    en: "This refusal ground was not in force on the day of reception",
  },
  receptionNoticeRequired: {
    vi: "Trường hợp này phải có thông báo bằng văn bản (số và ngày)",
    en: "This ground requires a written notice (number and date)",
  },
  receptionSessionClosed: {
    vi: "Buổi tiếp đã hủy hoặc chưa đến ngày tiếp",
    en: "The session is cancelled or has not started yet",
  },
  receptionSessionTransition: {
    vi: "Không thể thực hiện thao tác này với buổi tiếp ở trạng thái hiện tại",
    en: "This action is not available for the session now",
  },
  receptionAlreadyPetition: {
    vi: "Nội dung này đã được vào sổ đơn",
    en: "This entry already has a petition",
  },
  receptionNotAPetition: {
    vi: "Trường hợp từ chối tiếp hoặc đã trả lời trực tiếp không vào sổ đơn",
    en: "A refused or answered matter is not registered as a petition",
  },
  receptionTripartiteSides: {
    vi: "Biên bản “ba mặt một lời” cần đủ công dân, cơ quan có thẩm quyền và bên liên quan",
    en: "A tripartite record needs the citizen, the authority and the related party",
  },
  receptionTripartiteDenunciation: {
    vi: "Không đối chất người tố cáo: danh tính người tố cáo phải được giữ bí mật (Luật Tố cáo Đ.47)",
    en: "A denouncer is never confronted: the identity stays confidential",
  },
  receptionPetitionUnknown: {
    vi: "Đơn không tồn tại hoặc ngoài phạm vi quản lý",
    en: "Unknown petition, or outside your scope",
  },
  receptionScheduleEnded: { vi: "Lịch tiếp đã kết thúc", en: "The schedule has already ended" },
  receptionNotInSession: {
    vi: "Nội dung tiếp không thuộc buổi tiếp đã chọn",
    en: "The entry does not belong to the chosen session",
  },
  receptionOnlineNotice: {
    vi: "Buổi tiếp trực tuyến phải được thông báo cho công dân trước ít nhất 5 ngày làm việc (NĐ 154/2026/NĐ-CP)",
    en: "An online session must be announced to citizens at least 5 working days ahead",
  },
  receptionPeriodTooLong: {
    vi: "Khoảng thời gian quá dài (tối đa 6 năm)",
    en: "Period too long (6 years at most)",
  },
};
