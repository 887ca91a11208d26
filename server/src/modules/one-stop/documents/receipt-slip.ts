import { addressee, FORM_LABELS, orBlank, type SlipData } from "./slip-data";
import { bodyName, dateVi, dayVn, Slip, timeVi } from "./slip-pdf";

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP, Mẫu số 01), for the receipt in force:
 * after a return for supplement the dossier is received again and the clock restarts (NĐ 61/2018
 * Đ.19 k.4), so the slip shows that receipt and its appointment. The QR code opens the status page, where
 * the applicant rates the service once the result is returned (TT 01/2018 Đ.12–14).
 */
export function receiptSlip(data: SlipData): Promise<Buffer> {
  const { d } = data;
  const received = d.clockStartDate ?? d.receivedDate!;
  const receiveEvent = data.events.find(
    (e) =>
      e.type === "receive" || (e.type === "supplement" && (e.data as { restarted?: boolean })?.restarted),
  );
  const s = new Slip("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", `Mã hồ sơ ${d.code}`);
  s.header({ unitName: data.unitName, date: received });
  s.title("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", `Mã hồ sơ: ${d.code}`);
  const qr = s.qr(data.statusUrl, "Quét mã để tra cứu và đánh giá");
  s.para(`Bộ phận Một cửa ${bodyName(data.unitName)} tiếp nhận hồ sơ của:`, { width: qr.width });
  s.para(`${addressee(d)}: ${d.applicantName}`, { bold: true, width: qr.width });
  s.para(`Địa chỉ: ${orBlank(d.applicantAddress)}`, { width: qr.width });
  s.para(`Số điện thoại: ${orBlank(d.applicantPhone)}`, { width: qr.width });
  s.para(`Email: ${orBlank(d.applicantEmail)}`, { width: qr.width });
  s.doc.y = Math.max(s.doc.y, qr.bottom);
  s.para(`Nội dung yêu cầu giải quyết: ${data.procedure.name} (mã thủ tục ${data.procedure.code})`);
  if (d.summary) {
    s.para(d.summary, { italic: true, indent: 14 });
  }
  s.gap(0.3).para("1. Thành phần hồ sơ nộp gồm:");
  d.documents.forEach((doc, i) => {
    const form = FORM_LABELS[doc.form] ?? doc.form;
    s.para(`${i + 1}) ${doc.name}: ${String(doc.count).padStart(2, "0")} ${form}`, { indent: 14 });
  });
  s.para("2. Số lượng hồ sơ: 01 bộ");
  s.para(
    d.processingDays === 0
      ? "3. Thời gian giải quyết hồ sơ theo quy định: trả kết quả ngay trong ngày"
      : `3. Thời gian giải quyết hồ sơ theo quy định là: ${d.processingDays} ngày làm việc`,
  );
  // The hour only when the timeline entry is of that day (a dossier entered afterwards has no hour).
  const at = receiveEvent && dayVn(receiveEvent.at) === received ? `${timeVi(receiveEvent.at)}, ` : "";
  s.para(`4. Thời gian nhận hồ sơ: ${at}${dateVi(received)}`);
  const appointment = d.originalAppointmentDate ?? d.appointmentDate;
  s.para(`5. Thời gian trả kết quả giải quyết hồ sơ: ${appointment ? dateVi(appointment) : orBlank(null)}`, {
    bold: true,
  });
  s.para(`6. Kết quả giải quyết: ${data.procedure.resultDocument}`);
  s.para("7. Nhận kết quả tại: Bộ phận Một cửa nơi nộp hồ sơ");
  s.gap(0.3).para(
    `Tra cứu tình trạng hồ sơ bằng mã hồ sơ ${d.code} tại ${data.statusUrl}` +
      " (kèm mã PIN đã được cấp để xem thông tin của người nộp). Sau khi nhận kết quả, Ông/Bà đánh giá" +
      " mức độ hài lòng về việc giải quyết hồ sơ tại cùng trang này.",
    { italic: true },
  );
  s.signatures([
    { title: "Người nộp hồ sơ", hint: "(Ký và ghi rõ họ tên)", name: d.applicantName },
    {
      title: "Người tiếp nhận hồ sơ",
      hint: "(Ký và ghi rõ họ tên)",
      name: receiveEvent?.actorName ?? data.receivedByName,
    },
  ]);
  s.para(
    "Ghi chú: Kết quả giải quyết hồ sơ sẽ được trả cho người có tên trên; trường hợp người khác đến nhận " +
      "kết quả phải có giấy ủy quyền theo quy định.",
    { italic: true },
  );
  return s.finish();
}
