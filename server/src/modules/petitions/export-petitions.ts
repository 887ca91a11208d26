import {
  PETITION_CHANNEL_LABELS,
  PETITION_KIND_LABELS,
  PETITION_LIMITS,
  PETITION_STATUS_LABELS,
  type PetitionListQuery,
} from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { requireActor } from "../../platform/context";
import { listPetitionRows } from "./list-petitions";
import { presentPetitions } from "./petition.presenter";

const cell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The register as CSV (sổ theo dõi đơn), from the same presenter as lists: identities stay masked. */
export async function exportPetitions(ctx: Ctx, q: PetitionListQuery): Promise<string> {
  const actor = requireActor(ctx);
  const page = await listPetitionRows(ctx, { ...q, cursor: undefined }, PETITION_LIMITS.exportRows);
  const items = await presentPetitions(ctx.db, actor, ctx.locale, page.items);
  const l = ctx.locale;
  const header = [
    "Mã đơn",
    "Ngày nhận",
    "Đơn vị",
    "Loại",
    "Nguồn",
    "Người gửi",
    "Nội dung tóm tắt",
    "Trạng thái",
    "Hạn",
    "Quá hạn",
    "Người xử lý",
  ];
  const lines = items.map((p) =>
    [
      p.code,
      p.receivedDate,
      p.unitName,
      PETITION_KIND_LABELS[p.kind][l],
      PETITION_CHANNEL_LABELS[p.channel][l],
      p.petitioner.name,
      p.summary,
      PETITION_STATUS_LABELS[p.status][l],
      p.currentDue,
      p.isOverdue ? "x" : "",
      p.handler?.fullName ?? "",
    ]
      .map(cell)
      .join(","),
  );
  return `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
}
