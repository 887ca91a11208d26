import type { MissingItemRow } from "../../../db/schema";
import { addressee, lastEvent, orBlank, type SlipData } from "./slip-data";
import { bodyName, Slip } from "./slip-pdf";

type Request = {
  date: string;
  items: MissingItemRow[];
  note: string | null;
  by: string | null;
  after: boolean;
};

/** The supplement requests a dossier received: at intake (Đ.15 k.3) and after receipt (Đ.19 k.4). */
export function supplementRequests(data: SlipData): Request[] {
  const { d } = data;
  const out: Request[] = [];
  if (d.supplementItems && d.supplementRequestedDate) {
    const e = lastEvent(data, "request-supplement");
    const items = d.supplementItems;
    out.push({
      date: d.supplementRequestedDate,
      items,
      note: e?.note ?? null,
      by: e?.actorName ?? null,
      after: false,
    });
  }
  if (d.processingReturnItems && d.processingReturnDate) {
    const e = lastEvent(data, "return-for-supplement");
    const items = d.processingReturnItems;
    out.push({
      date: d.processingReturnDate,
      items,
      note: e?.note ?? null,
      by: e?.actorName ?? null,
      after: true,
    });
  }
  return out;
}

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (TT 01/2018/TT-VPCP, Mẫu số 02): the complete list of what is
 * missing, given once (NĐ 61/2018 Đ.15 k.3). A dossier returned after receipt gets a second page.
 */
export function supplementSlip(data: SlipData): Promise<Buffer> {
  const { d } = data;
  const who = addressee(d);
  const body = bodyName(data.unitName);
  const s = new Slip("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", `Mã hồ sơ ${d.code}`);
  supplementRequests(data).forEach((r, i) => {
    if (i > 0) {
      s.newPage();
    }
    s.header({ unitName: data.unitName, date: r.date });
    s.title("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", `Mã hồ sơ: ${d.code}`);
    s.para(`Hồ sơ của: ${d.applicantName}`, { bold: true });
    s.para(`Nội dung yêu cầu giải quyết: ${data.procedure.name} (mã thủ tục ${data.procedure.code})`);
    s.para(`Địa chỉ: ${orBlank(d.applicantAddress)}`);
    s.para(`Số điện thoại: ${orBlank(d.applicantPhone)}    Email: ${orBlank(d.applicantEmail)}`);
    s.gap(0.3).para("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", { bold: true });
    r.items.forEach((item, n) => {
      s.para(`${n + 1}. ${item.description}`, { indent: 14 });
    });
    if (r.note) {
      s.gap(0.3).para(`Lý do: ${r.note}`);
    }
    s.gap(0.3);
    if (r.after) {
      s.para(
        "Hồ sơ được trả lại để bổ sung trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận; thời hạn " +
          "giải quyết được tính lại từ ngày nhận đủ hồ sơ.",
      );
    }
    s.para(
      `Trên đây là toàn bộ nội dung cần bổ sung, hoàn thiện. Trong quá trình hoàn thiện hồ sơ, nếu có ` +
        `vướng mắc, ${who.toLowerCase()} liên hệ Bộ phận Một cửa ${body} để được hướng dẫn.`,
    );
    s.signatures([
      {
        title: r.after ? "Cơ quan giải quyết" : "Người hướng dẫn",
        hint: "(Ký và ghi rõ họ tên)",
        name: r.by,
      },
    ]);
  });
  return s.finish();
}
