import type { Locale } from "@danvan/common";

type Entry = { vi: string; en: string };

/** Server messages by key; `{name}` placeholders are filled from the error's params. */
const MESSAGES: Record<string, Entry> = {
  validation: { vi: "Dữ liệu không hợp lệ", en: "Invalid input" },
  notFound: { vi: "Không tìm thấy dữ liệu", en: "Not found" },
  forbidden: { vi: "Bạn không có quyền thực hiện thao tác này", en: "You are not allowed to do this" },
  unauthorized: { vi: "Vui lòng đăng nhập", en: "Please sign in" },
  badCredentials: { vi: "Tên đăng nhập hoặc mật khẩu không đúng", en: "Wrong username or password" },
  accountLocked: {
    vi: "Tài khoản tạm khóa do đăng nhập sai nhiều lần, thử lại sau {minutes} phút",
    en: "Account locked after repeated failed sign-ins; try again in {minutes} minutes",
  },
  accountInactive: { vi: "Tài khoản đã bị vô hiệu hóa", en: "This account is disabled" },
  csrf: {
    vi: "Phiên làm việc không hợp lệ, vui lòng tải lại trang",
    en: "Invalid session token; reload the page",
  },
  rateLimited: { vi: "Quá nhiều yêu cầu, vui lòng thử lại sau", en: "Too many requests; try again later" },
  payloadTooLarge: { vi: "Dữ liệu gửi lên quá lớn", en: "Request body too large" },
  internal: { vi: "Lỗi hệ thống, vui lòng thử lại", en: "Internal error; please try again" },
  wrongPassword: { vi: "Mật khẩu hiện tại không đúng", en: "Current password is wrong" },
  duplicateCode: { vi: "Mã đã tồn tại", en: "This code already exists" },
  duplicateGrant: {
    vi: "Cán bộ đã có vai trò này tại đơn vị này",
    en: "This staff member already has this role in this unit",
  },
  duplicateUsername: { vi: "Tên đăng nhập đã tồn tại", en: "This username is taken" },
  duplicatePersonalId: {
    vi: "Số định danh đã có trong hệ thống",
    en: "This personal ID is already registered",
  },
  duplicateTaxCode: { vi: "Mã số thuế đã có trong hệ thống", en: "This tax code is already registered" },
  unitRetired: { vi: "Đơn vị đã giải thể/sáp nhập", en: "The unit has been retired" },
  successorInvalid: { vi: "Đơn vị kế thừa không hợp lệ", en: "Invalid successor unit" },
  validToBeforeFrom: {
    vi: "Ngày kết thúc phải sau ngày hiệu lực",
    en: "End date must follow the start date",
  },
  agencyOutsideUnit: {
    vi: "Cơ quan không thuộc đơn vị đã chọn",
    en: "The agency does not belong to the unit",
  },
  positionOutsideAgency: {
    vi: "Chức vụ không thuộc cơ quan đã chọn",
    en: "The position does not belong to the agency",
  },
  lastAdminGrant: { vi: "Không thể gỡ quyền quản trị cuối cùng", en: "Cannot remove the last admin grant" },
  idempotencyMismatch: {
    vi: "Idempotency-Key đã được dùng cho một yêu cầu khác",
    en: "Idempotency-Key was already used for a different request",
  },
  ruleOverlap: {
    vi: "Thời gian hiệu lực chồng lên một phiên bản khác của quy định",
    en: "The validity period overlaps another version of this rule",
  },
  noticeConflict: {
    vi: "Ngày này mâu thuẫn với lịch nghỉ đã có (ngày lễ, ngày đã nghỉ hoặc đã khai báo)",
    en: "This day contradicts the calendar (a holiday, a day already off, or already declared)",
  },
  noticeWrongYear: { vi: "Ngày không thuộc năm của thông báo", en: "The date is not in the notice's year" },
  noticeRetracted: { vi: "Thông báo đã được thu hồi", en: "The notice was already withdrawn" },
  noComplexVariant: {
    vi: "Quy định này không có thời hạn riêng cho vụ việc phức tạp",
    en: "This rule has no longer limit for complex cases",
  },
  "calendar.range": {
    vi: "Ngày nằm ngoài phạm vi lịch hỗ trợ (01/01/1900 – 31/12/2100)",
    en: "Date outside the supported calendar range (1900-01-01 – 2100-12-31)",
  },
  "calendar.input": {
    vi: "Giá trị không hợp lệ cho lịch làm việc",
    en: "Invalid value for the working calendar",
  },
  taskTransition: {
    vi: "Không thể thực hiện thao tác này với nhiệm vụ ở trạng thái hiện tại",
    en: "This action is not available for the task now",
  },
  assigneeOutsideUnit: {
    vi: "Người thực hiện phải thuộc đơn vị chủ trì",
    en: "The assignee must belong to the responsible unit",
  },
  directorNotLeader: {
    vi: "Lãnh đạo chỉ đạo phải có quyền lãnh đạo đối với đơn vị chủ trì",
    en: "The directing leader must hold a leader role over the unit",
  },
  directorIsAssignee: {
    vi: "Lãnh đạo chỉ đạo và người thực hiện phải khác nhau",
    en: "The directing leader and the assignee must differ",
  },
  dueInPast: { vi: "Hạn hoàn thành không được ở quá khứ", en: "The due date cannot be in the past" },
  dueTooFar: { vi: "Hạn hoàn thành quá xa (tối đa 3 năm)", en: "The due date is too far (3 years at most)" },
  extensionLimit: { vi: "Đã hết số lần gia hạn cho phép ({max})", en: "No extensions left (at most {max})" },
  extensionNotLater: {
    vi: "Hạn mới phải sau hạn hiện tại",
    en: "The new due date must be later than the current one",
  },
  noPendingExtension: { vi: "Không có đề nghị gia hạn đang chờ", en: "No pending extension request" },
  uploadExpired: {
    vi: "Tệp đã tải lên quá lâu và không còn dùng được; vui lòng tải lên lại",
    en: "This upload has expired; upload the file again",
  },
  fileUnknown: {
    vi: "Tệp đính kèm không tồn tại hoặc không phải do bạn tải lên",
    en: "Unknown attachment, or not uploaded by you",
  },
  fileSize: { vi: "Tệp rỗng hoặc vượt quá 10 MB", en: "The file is empty or larger than 10 MB" },
  fileType: {
    vi: "Chỉ nhận PDF, ảnh PNG/JPEG, Word (.docx), Excel (.xlsx) hoặc văn bản .txt",
    en: "Only PDF, PNG/JPEG images, Word (.docx), Excel (.xlsx) or .txt files are accepted",
  },
  // field-level messages (zod issue keys and custom refinements)
  required: { vi: "Bắt buộc nhập", en: "Required" },
  tooShort: { vi: "Tối thiểu {min} ký tự", en: "At least {min} characters" },
  tooLong: { vi: "Tối đa {max} ký tự", en: "At most {max} characters" },
  tooSmall: { vi: "Giá trị tối thiểu là {min}", en: "Must be at least {min}" },
  tooBig: { vi: "Giá trị tối đa là {max}", en: "Must be at most {max}" },
  invalidType: { vi: "Sai kiểu dữ liệu", en: "Wrong type" },
  invalidValue: { vi: "Giá trị không hợp lệ", en: "Invalid value" },
  invalidFormat: { vi: "Sai định dạng", en: "Invalid format" },
  unknownField: { vi: "Trường không được hỗ trợ", en: "Unknown field" },
  "date.format": { vi: "Ngày phải có dạng YYYY-MM-DD", en: "Date must be YYYY-MM-DD" },
  "date.invalid": { vi: "Ngày không tồn tại", en: "No such date" },
  "code.format": {
    vi: "Mã chỉ gồm chữ, số, dấu chấm, gạch ngang",
    en: "Code may contain letters, digits, . _ -",
  },
  "username.format": {
    vi: "Tên đăng nhập chỉ gồm chữ thường không dấu, số, . _ -",
    en: "Username may contain lower-case letters, digits, . _ -",
  },
  "phone.format": { vi: "Số điện thoại không hợp lệ", en: "Invalid phone number" },
  "personalId.format": {
    vi: "Số định danh cá nhân phải gồm 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ",
    en: "Personal ID must be 12 digits starting with a valid province code",
  },
  "taxCode.format": { vi: "Mã số thuế gồm 10 hoặc 13 chữ số", en: "Tax code must have 10 or 13 digits" },
  "password.letter": { vi: "Mật khẩu phải có chữ cái", en: "Password must contain a letter" },
  "password.digit": { vi: "Mật khẩu phải có chữ số", en: "Password must contain a digit" },
  petitionTransition: {
    vi: "Không thể thực hiện thao tác này với đơn ở trạng thái hiện tại",
    en: "This action is not available for the petition now",
  },
  petitionDateOutOfRange: {
    vi: "Ngày phải từ ngày nhận đơn đến hôm nay",
    en: "The date must fall between the day of receipt and today",
  },
  petitionNoRule: {
    vi: "Chưa có quy định thời hạn có hiệu lực ({code})",
    en: "No deadline rule in force ({code})",
  },
  petitionTargetUnknown: {
    vi: "Cơ quan, đơn vị nhận không có trong danh mục",
    en: "The receiving body is not in the catalogue",
  },
  petitionLateReasonRequired: {
    vi: "Đã quá hạn: phải ghi rõ lý do chậm",
    en: "Past the deadline: the reason for the delay is required",
  },
  petitionAnonymousDenunciation: {
    vi: "Tố cáo nặc danh không được thụ lý giải quyết như tố cáo, chỉ dùng làm nguồn thông tin (Luật Tố cáo Đ.25)",
    en: "An anonymous denunciation is not handled as a denunciation; it is used as information only",
  },
  petitionNotAcceptable: {
    vi: "Chỉ thụ lý đơn đủ điều kiện và thuộc thẩm quyền",
    en: "Only an eligible petition within competence can be accepted",
  },
  petitionWithinCompetence: {
    vi: "Đơn thuộc thẩm quyền: không hướng dẫn hay chuyển đơn",
    en: "The petition is within competence: it is not guided or transferred",
  },
  petitionOnceOnly: {
    vi: "Nội dung này của người gửi đã được hướng dẫn/chuyển một lần (đơn {code}); không hướng dẫn, chuyển lại",
    en: "This applicant's content was already guided or transferred once (petition {code}); not again",
  },
  petitionDossierNotFound: {
    vi: "Không tìm thấy hồ sơ một cửa có mã này trong phạm vi của đơn",
    en: "No one-stop dossier with this code within the petition's unit",
  },
  petitionHandlerOutsideAgency: {
    vi: "Người xử lý không thuộc cơ quan được giao",
    en: "The handler does not belong to the assigned agency",
  },
  petitionSecondComplaintNotOpen: {
    vi: "Chỉ khiếu nại lần hai khi đã có quyết định lần đầu hoặc đã hết thời hạn giải quyết",
    en: "A second complaint needs the first decision or the lapse of its time limit",
  },
  petitionSecondComplaintLevel: {
    vi: "Khiếu nại lần hai gửi cấp đã giải quyết lần đầu hoặc cấp trên",
    en: "A second complaint goes to the first resolver's level or above",
  },
  petitionSecondComplaintExists: {
    vi: "Khiếu nại lần đầu này đã có khiếu nại lần hai",
    en: "This first complaint already has a second complaint",
  },
  petitionExtensionNone: {
    vi: "Quy định thời hạn ({code}) không cho phép gia hạn; khiếu nại phức tạp được kéo dài thời hạn khi thụ lý",
    en: "The deadline rule ({code}) allows no extension; a complex complaint gets its longer time at acceptance",
  },
  petitionExtensionLimit: {
    vi: "Đã gia hạn đủ số lần tối đa ({max}) theo quy định ({code})",
    en: "The resolution time was already extended the most times the rule allows ({max}, {code})",
  },
  "petitionExtensionNone.field": { vi: "Không được gia hạn", en: "No extension allowed" },
  "petitionExtensionLimit.field": { vi: "Đã hết số lần gia hạn", en: "No extensions left" },
  petitionExtensionTooLong: {
    vi: "Số ngày gia hạn vượt quá mức quy định cho mỗi lần",
    en: "More days than the rule allows for one extension",
  },
  petitionPeriodTooLong: {
    vi: "Khoảng thời gian quá dài (tối đa 3 năm)",
    en: "Period too long (3 years at most)",
  },
};

export function translate(key: string, locale: Locale, params?: Record<string, string | number>): string {
  const entry = MESSAGES[key];
  let text = entry ? entry[locale] : key;
  for (const [k, v] of Object.entries(params ?? {})) {
    text = text.replaceAll(`{${k}}`, String(v));
  }
  return text;
}

/** A module adds its own messages when it loads; keys carry the module's prefix. */
export function registerMessages(entries: Record<string, Entry>): void {
  Object.assign(MESSAGES, entries);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) {
    return "vi";
  }
  const first = acceptLanguage.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "vi";
}
