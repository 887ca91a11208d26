import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "../../src/platform/client-address";

describe("client address", () => {
  let server: ReturnType<typeof serve>;
  let base = "";

  beforeAll(async () => {
    const app = new Hono();
    app.get("/plain", (c) => c.text(clientAddress(c, false) ?? "none"));
    app.get("/proxied", (c) => c.text(clientAddress(c, true) ?? "none"));
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve());
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("ignores a forged X-Forwarded-For unless a proxy is trusted", async () => {
    const headers = { "x-forwarded-for": "203.0.113.7, 10.0.0.1" };
    expect(await (await fetch(`${base}/plain`, { headers })).text()).toBe("127.0.0.1");
    expect(await (await fetch(`${base}/proxied`, { headers })).text()).toBe("203.0.113.7");
    expect(await (await fetch(`${base}/proxied`)).text()).toBe("127.0.0.1");
  });

  it("answers null for in-process requests that have no socket", async () => {
    const app = new Hono();
    app.get("/", (c) => c.text(clientAddress(c, false) ?? "none"));
    expect(await (await app.request("/")).text()).toBe("none");
  });
});
