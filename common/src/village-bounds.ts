/** A village of a commune-wide count: its households and the approvals its own threshold needs. */
export type VillageSize = { total: number; required: number };

/**
 * A single meeting count for the whole commune cannot say which village each ballot came from. For an
 * option with `votes` approvals, the fewest and the most villages that can have approved it over every
 * possible split of those ballots among the villages (each village holds at most its households).
 */
export function villageApprovalBounds(villages: VillageSize[], votes: number): { min: number; max: number } {
  // Most: fill the cheapest villages up to their threshold first.
  let left = votes;
  let max = 0;
  for (const v of [...villages].sort((a, b) => a.required - b.required)) {
    if (v.required <= left && v.required <= v.total) {
      left -= v.required;
      max += 1;
    }
  }
  // Fewest: every village soaks up required − 1 approvals without approving; beyond that, a village
  // that is let approve soaks up all its households. Give up the villages that soak up the most first.
  const below = villages.reduce((s, v) => s + Math.max(0, Math.min(v.required - 1, v.total)), 0);
  let excess = votes - below;
  let min = 0;
  const gains = villages
    .map((v) => v.total - Math.max(0, Math.min(v.required - 1, v.total)))
    .sort((a, b) => b - a);
  for (const gain of gains) {
    if (excess <= 0) {
      break;
    }
    excess -= gain;
    min += 1;
  }
  return { min, max };
}
