import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRouter } from "../../src/platform/http";
import { mountStatic } from "../../src/platform/static";

describe("static web app", () => {
  it("serves index.html for client routes and picks up a rebuild without a restart", async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-dist-"));
    const indexFile = path.join(dist, "index.html");
    fs.writeFileSync(indexFile, '<div id="root"></div><script src="/assets/a-1.js"></script>');
    const app = createRouter();
    mountStatic(app, dist);

    const first = await app.request("/tasks/123");
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("a-1.js");

    fs.writeFileSync(indexFile, '<div id="root"></div><script src="/assets/a-2.js"></script>');
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(indexFile, later, later);
    expect(await (await app.request("/tasks/123")).text()).toContain("a-2.js");

    const api = await app.request("/api/v1/nothing-here");
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
