import { addressee, lastEvent, orBlank, type SlipData } from "./slip-data";
import { bodyName, Slip } from "./slip-pdf";

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ (TT 01/2018/TT-VPCP, Mẫu số 03): the dossier is not received,
 * with the specific reason (NĐ 61/2018 Đ.15 k.3, Đ.19).
 */
export function refusalSlip(data: SlipData): Promise<Buffer> {
  const { d } = data;
  const who = addressee(d);
  const body = bodyName(data.unitName);
  const e = lastEvent(data, "refuse");
  const s = new Slip("Phiếu từ chối tiếp nhận giải quyết hồ sơ", `Mã hồ sơ ${d.code}`);
  s.header({ unitName: data.unitName, date: d.refusedDate! });
  s.title("Phiếu từ chối tiếp nhận giải quyết hồ sơ", `Mã hồ sơ: ${d.code}`);
  s.para(`Bộ phận Một cửa ${body} tiếp nhận hồ sơ của:`);
  s.para(`${who}: ${d.applicantName}`, { bold: true });
  s.para(`Địa chỉ: ${orBlank(d.applicantAddress)}`);
  s.para(`Số điện thoại: ${orBlank(d.applicantPhone)}    Email: ${orBlank(d.applicantEmail)}`);
  s.para(`Nội dung yêu cầu giải quyết: ${data.procedure.name} (mã thủ tục ${data.procedure.code})`);
  s.gap(0.3).para(
    `Sau khi kiểm tra thành phần hồ sơ, Bộ phận Một cửa ${body} không tiếp nhận, giải quyết hồ sơ này ` +
      "với lý do cụ thể như sau:",
  );
  s.para(d.refusalReason ?? "", { bold: true, indent: 14 });
  s.gap(0.3).para(`Xin thông báo cho ${who.toLowerCase()} được biết và thực hiện./.`);
  s.signatures([{ title: "Người tiếp nhận hồ sơ", hint: "(Ký và ghi rõ họ tên)", name: e?.actorName }]);
  return s.finish();
}
