import { addressee, lastEvent, type SlipData } from "./slip-data";
import { bodyName, dateVi, Slip } from "./slip-pdf";

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018/TT-VPCP, Mẫu số 04): the processing body
 * apologises, gives the reason and the one new date allowed (NĐ 61/2018 Đ.19 k.9).
 */
export function apologySlip(data: SlipData): Promise<Buffer> {
  const { d } = data;
  const who = addressee(d).toLowerCase();
  const body = bodyName(data.unitName);
  const e = lastEvent(data, "reappoint");
  const received = d.clockStartDate ?? d.receivedDate!;
  const s = new Slip("Phiếu xin lỗi và hẹn lại ngày trả kết quả", `Mã hồ sơ ${d.code}`);
  s.header({ unitName: data.unitName, date: d.apologyDate! });
  s.title("Phiếu xin lỗi và hẹn lại ngày trả kết quả", `Mã hồ sơ: ${d.code}`);
  s.para(`Kính gửi: ${d.applicantName}`, { bold: true, indent: 60 });
  s.gap(0.3).para(
    `${dateVi(received).replace(/^n/, "N")}, ${body} tiếp nhận giải quyết hồ sơ của ${who} ` +
      `${d.applicantName}, mã hồ sơ ${d.code}, đề nghị giải quyết thủ tục ${data.procedure.name}. ` +
      `Thời gian hẹn trả kết quả giải quyết hồ sơ: ${dateVi(d.originalAppointmentDate ?? received)}.`,
  );
  s.gap(0.3).para(
    `Tuy nhiên đến nay, ${body} chưa trả kết quả giải quyết hồ sơ của ${who} đúng thời gian quy định ` +
      "ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
  );
  s.para(`Lý do: ${d.apologyReason ?? ""}`, { bold: true });
  s.gap(0.3).para(
    `Sự chậm trễ này đã gây phiền hà cho ${who}. ${body} xin lỗi ${who} và sẽ trả kết quả giải quyết ` +
      `hồ sơ cho ${who} vào ${dateVi(d.appointmentDate!)}.`,
  );
  s.para(`Rất mong nhận được sự thông cảm của ${who} vì sự chậm trễ này./.`);
  s.signatures([
    { title: "Cơ quan giải quyết hồ sơ", hint: "(Ký, ghi rõ họ tên và đóng dấu)", name: e?.actorName },
  ]);
  return s.finish();
}
