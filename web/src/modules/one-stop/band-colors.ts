/** Tag colours of the TT 01/2018 bands: the unit's (full, partial, low) and the officials' (excellent … weak). */
export const BAND_COLORS: Record<string, string> = {
  full: "success",
  partial: "warning",
  low: "error",
  excellent: "success",
  good: "blue",
  fair: "cyan",
  average: "warning",
  weak: "error",
};
