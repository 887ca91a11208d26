import { z } from "zod";

/** True when `v` (YYYY-MM-DD) names a day that exists: 2026-02-30 does not. */
export function isRealIsoDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date as the API carries it: YYYY-MM-DD, and a day that exists (one issue at most). */
export const IsoDate = z.string().superRefine((v, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    ctx.addIssue({ code: "custom", message: "date.format" });
  } else if (!isRealIsoDate(v)) {
    ctx.addIssue({ code: "custom", message: "date.invalid" });
  }
});
