import { addressee, type SlipData } from "./slip-data";
import { bodyName, dateVi, Slip } from "./slip-pdf";

/**
 * Phiếu mời đánh giá: handed over with the result, its QR code opens the single-use rating form of this
 * dossier (TT 01/2018 Đ.12–14: the applicant rates the service received). Not one of the appendix forms,
 * so it keeps to the same header and a few plain lines.
 */
export function ratingSlip(data: SlipData): Promise<Buffer> {
  const { d } = data;
  const rating = data.rating!;
  const s = new Slip("Phiếu mời đánh giá mức độ hài lòng", `Mã hồ sơ ${d.code}`);
  s.header({ unitName: data.unitName, date: d.returnedDate! });
  s.title("Phiếu mời đánh giá mức độ hài lòng", `Mã hồ sơ: ${d.code}`);
  const qr = s.qr(rating.url, "Quét mã để đánh giá", 120);
  s.para(`Kính gửi: ${addressee(d)} ${d.applicantName}`, { bold: true, width: qr.width });
  s.gap(0.3).para(
    `Hồ sơ ${d.code} (thủ tục ${data.procedure.name}) đã được ${bodyName(data.unitName)} trả kết quả ` +
      `${dateVi(d.returnedDate!)}.`,
    { width: qr.width },
  );
  s.gap(0.3).para(
    "Mời Ông/Bà đánh giá mức độ hài lòng về việc tiếp nhận và giải quyết hồ sơ: quét mã QR bên cạnh " +
      "bằng điện thoại hoặc mở đường dẫn dưới đây. Mỗi hồ sơ được đánh giá một lần; ý kiến của Ông/Bà " +
      "được gửi tới người đứng đầu cơ quan.",
    { width: qr.width },
  );
  s.doc.y = Math.max(s.doc.y, qr.bottom);
  s.para(rating.url, { italic: true });
  s.para(`Đường dẫn đánh giá có hiệu lực đến ${dateVi(rating.expiresAt.slice(0, 10))}.`, { italic: true });
  s.gap(0.5).para(
    `Ông/Bà cũng có thể đánh giá tại trang tra cứu hồ sơ ${data.statusUrl} (nhập mã hồ sơ và mã PIN).`,
  );
  return s.finish();
}
