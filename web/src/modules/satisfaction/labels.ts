import type { SatisfactionLevel } from "@danvan/common";

export const LEVEL_COLORS: Record<SatisfactionLevel, string> = {
  very_satisfied: "green",
  satisfied: "blue",
  dissatisfied: "red",
};

export const FOLLOW_UP_COLORS: Record<string, string> = {
  none: "default",
  open: "orange",
  answered: "green",
};

/** A share as a percentage with one decimal; never shown without its n by the callers. */
export function percent(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}
