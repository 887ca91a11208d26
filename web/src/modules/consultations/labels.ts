import {
  CONSULTATION_PHASE_LABELS,
  type ConsultationPhase,
  MATTER_TYPE_LABELS,
  type MatterType,
} from "@danvan/common";
import type { Lang } from "../../lib/use-lang";

export const PHASES = Object.keys(CONSULTATION_PHASE_LABELS) as ConsultationPhase[];
export const MATTERS = Object.keys(MATTER_TYPE_LABELS) as MatterType[];

export const PHASE_COLORS: Record<ConsultationPhase, string> = {
  information: "blue",
  discussion: "cyan",
  decision: "gold",
  implementation: "green",
  monitoring: "purple",
};

export const phaseLabel = (p: ConsultationPhase, lang: Lang) => CONSULTATION_PHASE_LABELS[p][lang];
export const matterLabel = (m: MatterType, lang: Lang) => MATTER_TYPE_LABELS[m][lang];

export const phaseOptions = (lang: Lang) => PHASES.map((p) => ({ value: p, label: phaseLabel(p, lang) }));
export const matterOptions = (lang: Lang) => MATTERS.map((m) => ({ value: m, label: matterLabel(m, lang) }));
