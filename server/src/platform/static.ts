import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http";

/** Serves the built SPA; unknown non-API paths get index.html so client routes survive a reload. */
export function mountStatic(app: OpenAPIHono<AppEnv>, webDist: string | undefined) {
  if (!webDist || !fs.existsSync(path.join(webDist, "index.html"))) {
    return;
  }
  const root = path.relative(process.cwd(), webDist) || ".";
  const indexFile = path.join(webDist, "index.html");
  // Re-read after a rebuild (new asset hashes), else a running server hands out a stale shell.
  let index = { mtimeMs: -1, html: "" };
  const currentIndex = () => {
    const stat = fs.statSync(indexFile, { throwIfNoEntry: false });
    if (stat && stat.mtimeMs !== index.mtimeMs) {
      index = { mtimeMs: stat.mtimeMs, html: fs.readFileSync(indexFile, "utf8") };
    }
    return index.html;
  };
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_p, c) => {
        c.header("cache-control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.use("*", serveStatic({ root }));
  app.get("*", (c) => {
    if (c.req.path.startsWith("/api/")) {
      return c.json({ error: { code: "NOT_FOUND", message: "Not found" } }, 404);
    }
    return c.html(currentIndex());
  });
}
