import { DOSSIER_STATUS_LABELS, type DossierStatus } from "@danvan/common";
import type { Lang } from "../../lib/use-lang";

export const DOSSIER_STATUSES = Object.keys(DOSSIER_STATUS_LABELS) as DossierStatus[];

export const dossierStatusLabel = (s: string, lang: Lang) =>
  DOSSIER_STATUS_LABELS[s as DossierStatus]?.[lang] ?? s;

export const STATUS_COLORS: Record<DossierStatus, string> = {
  new: "gold",
  checking: "orange",
  supplement_requested: "volcano",
  refused: "red",
  received: "blue",
  processing: "geekblue",
  returned_for_supplement: "magenta",
  awaiting_approval: "purple",
  result_ready: "cyan",
  returned: "success",
  withdrawn: "default",
};

export const TIMELINESS_COLORS = { early: "success", on_time: "blue", late: "error" } as const;

export const ONLINE_LEVELS = ["full", "partial", "none"] as const;
export const PROCEDURE_LEVELS = ["commune", "province"] as const;
export const DOCUMENT_FORMS = ["original", "copy", "certified_copy", "electronic"] as const;
export const DOCUMENT_KINDS = ["receipt", "supplement", "refusal", "apology", "rating"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Amounts in đồng, with Vietnamese digit grouping in both languages. */
export const formatVnd = (n: number) => `${new Intl.NumberFormat("vi-VN").format(n)} đ`;
