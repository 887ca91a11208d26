/** A share as a percentage with one decimal; every caller shows its n next to it. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? "—" : `${(share * 100).toFixed(1)}%`;
}

/** "80.0% (n = 5)": never a percentage without its n. */
export function shareWithN(share: number | null | undefined, n: number | undefined): string {
  return n === undefined ? "—" : `${percent(share)} (n = ${n})`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The default period: the last twelve months, this one included. */
export function defaultPeriod(today = new Date()): { from: string; to: string } {
  const y = today.getFullYear();
  const m = today.getMonth();
  const start = new Date(y, m - 11, 1);
  return {
    from: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-01`,
    to: `${y}-${pad(m + 1)}-${pad(today.getDate())}`,
  };
}

/** "2026-11" as the reader's month: "11/2026". */
export const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
