import {
  HOST_ROLE_LABELS,
  OUTCOME_LABELS,
  PETITION_KIND_LABELS,
  RECORD_KIND_LABELS,
  REFUSAL_GROUNDS,
  SCHEDULE_KIND_LABELS,
  SESSION_STATUS_LABELS,
  SESSION_TYPE_LABELS,
  TASK_STATUS_LABELS,
} from "@danvan/common";
import type { Lang } from "../../lib/use-lang";

type Labels = Record<string, { vi: string; en: string }>;

const of = (labels: Labels) => (key: string | null | undefined, lang: Lang) =>
  key ? (labels[key]?.[lang] ?? key) : "—";

export const sessionTypeLabel = of(SESSION_TYPE_LABELS);
export const sessionStatusLabel = of(SESSION_STATUS_LABELS);
export const outcomeLabel = of(OUTCOME_LABELS);
export const kindLabel = of(PETITION_KIND_LABELS);
export const hostRoleLabel = of(HOST_ROLE_LABELS);
export const scheduleKindLabel = of(SCHEDULE_KIND_LABELS);
export const recordKindLabel = of(RECORD_KIND_LABELS);
export const refusalGroundLabel = of(REFUSAL_GROUNDS);
export const taskStatusLabel = of(TASK_STATUS_LABELS);

/** Options for a Select from a label table, in the table's order. */
export const optionsOf = (labels: Labels, lang: Lang) =>
  Object.entries(labels).map(([value, l]) => ({ value, label: l[lang] }));

export const STATUS_COLORS: Record<string, string> = { planned: "blue", held: "green", cancelled: "default" };
export const TYPE_COLORS: Record<string, string> = {
  periodic: "geekblue",
  regular: "cyan",
  ad_hoc: "volcano",
  online: "purple",
};
