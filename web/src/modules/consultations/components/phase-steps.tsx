import type { ConsultationPhase } from "@danvan/common";
import { Steps } from "antd";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { PHASES, phaseLabel } from "../labels";

type Dates = { phase: ConsultationPhase; startDate: string; endDate: string | null };

/** Dân biết → dân bàn → dân quyết định → dân làm → dân kiểm tra, with the planned dates. */
export function PhaseSteps({ phase, phases }: { phase: ConsultationPhase; phases: Dates[] }) {
  const lang = useLang();
  return (
    <Steps
      size="small"
      current={PHASES.indexOf(phase)}
      responsive
      items={PHASES.map((p) => {
        const d = phases.find((x) => x.phase === p);
        return {
          title: phaseLabel(p, lang),
          description: d
            ? `${formatDate(d.startDate, lang)}${d.endDate ? ` – ${formatDate(d.endDate, lang)}` : ""}`
            : "",
        };
      })}
    />
  );
}
