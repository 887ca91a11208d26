import "./messages";
import { AppError } from "../../../platform/errors";
import type { DossierRow } from "../internal";
import { apologySlip } from "./apology-slip";
import { ratingSlip } from "./rating-slip";
import { receiptSlip } from "./receipt-slip";
import { refusalSlip } from "./refusal-slip";
import type { SlipData } from "./slip-data";
import { supplementSlip } from "./supplement-slip";

export const DOCUMENT_KINDS = ["receipt", "supplement", "refusal", "apology", "rating"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

type SlipKind = {
  /** Whether the dossier's history has issued this slip. */
  issued(d: DossierRow): boolean;
  /** The message key of the 409 when it has not. */
  missing: string;
  file: string;
  render(data: SlipData): Promise<Buffer>;
};

/** The slips of TT 01/2018/TT-VPCP Mẫu 01–04, the rating invitation handed with the result, and when each exists. */
const SLIPS: Record<DocumentKind, SlipKind> = {
  receipt: {
    issued: (d) => d.receivedDate !== null,
    missing: "onestopNoReceipt",
    file: "giay-tiep-nhan-hen-tra",
    render: receiptSlip,
  },
  supplement: {
    issued: (d) =>
      (d.supplementItems !== null && d.supplementRequestedDate !== null) ||
      (d.processingReturnItems !== null && d.processingReturnDate !== null),
    missing: "onestopNoSupplementRequest",
    file: "phieu-yeu-cau-bo-sung",
    render: supplementSlip,
  },
  refusal: {
    issued: (d) => d.status === "refused" && d.refusedDate !== null,
    missing: "onestopNoRefusal",
    file: "phieu-tu-choi",
    render: refusalSlip,
  },
  apology: {
    issued: (d) => d.reappointmentCount > 0 && d.apologyDate !== null && d.appointmentDate !== null,
    missing: "onestopNoApology",
    file: "phieu-xin-loi-hen-lai",
    render: apologySlip,
  },
  rating: {
    issued: (d) => d.status === "returned" && d.returnedDate !== null,
    missing: "onestopNoResultReturned",
    file: "phieu-moi-danh-gia",
    render: ratingSlip,
  },
};

/** Fails with 409 (naming what is missing) when the dossier's history has not issued the slip. */
export function assertIssued(d: DossierRow, kind: DocumentKind) {
  if (!SLIPS[kind].issued(d)) {
    throw new AppError("CONFLICT", SLIPS[kind].missing, [{ path: "kind", message: SLIPS[kind].missing }]);
  }
}

export type RenderedDocument = { bytes: Buffer; name: string };

/** Renders an issued slip; `assertIssued` must have passed. */
export async function renderSlip(kind: DocumentKind, data: SlipData): Promise<RenderedDocument> {
  const bytes = await SLIPS[kind].render(data);
  return { bytes, name: `${data.d.code}-${SLIPS[kind].file}.pdf` };
}
