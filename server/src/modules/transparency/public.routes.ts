import { TransparencyQuery, TransparencyReport } from "@danvan/common";
import { createRoute } from "@hono/zod-openapi";
import type { Db } from "../../db/client";
import { createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { transparencyReport } from "./transparency-report";

/** Figures a public page may show a few minutes late; browsers and proxies keep them as long. */
const MAX_AGE_SECONDS = 300;
/** Within a process the same unit is counted once a minute at most, however many citizens open it. */
const MEMO_MS = 60_000;
const MEMO_MAX = 500;
const memos = new WeakMap<Db, Map<string, { at: number; report: Promise<TransparencyReport> }>>();

function memoised(db: Db, q: TransparencyQuery): Promise<TransparencyReport> {
  let memo = memos.get(db);
  if (!memo) {
    memo = new Map();
    memos.set(db, memo);
  }
  const key = q.unitId ?? "";
  const hit = memo.get(key);
  if (hit && Date.now() - hit.at < MEMO_MS) {
    return hit.report;
  }
  if (memo.size >= MEMO_MAX) {
    memo.clear();
  }
  const report = transparencyReport(db, q);
  memo.set(key, { at: Date.now(), report });
  // A failed count (unknown unit) is not kept.
  report.catch(() => memo.delete(key));
  return report;
}

/** Citizen API of the transparency page, mounted under /api/public/v1 (the public rate limit applies). */
export const publicTransparencyRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/transparency",
    tags: ["public"],
    summary:
      "A unit's satisfaction, on-time results and petition handling over the last 12 months (each with n, and per unit below it), answers given in public and promises to the people; no sign-in",
    request: { query: TransparencyQuery },
    responses: { 200: json(TransparencyReport), 400: errorResponses[400], 404: errorResponses[404] },
  }),
  async (c) => {
    const report = await memoised(ctxOf(c).db, c.req.valid("query"));
    c.header(
      "cache-control",
      `public, max-age=${MAX_AGE_SECONDS}, stale-while-revalidate=${MAX_AGE_SECONDS}`,
    );
    return c.json(report, 200);
  },
);
