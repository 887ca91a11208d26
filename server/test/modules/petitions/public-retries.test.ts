import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { petitions, units } from "../../../src/db/schema";
import { invalidateUnits } from "../../../src/modules/directory/internal";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, petitionApp, publicBody, type World } from "./helpers";

/**
 * Retries of an online filing. The key is not read before the write: its row in the shared statement is the
 * check, so these are answered after that statement refuses them.
 */
describe(`public petition retries on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const total = async () => (await t.db.select({ n: count() }).from(petitions))[0]!.n;

  it("answers retries that race the first filing with its code and PIN, and files the others beside them", async () => {
    const before = await total();
    const body = publicBody(w.a.id);
    const headers = { "idempotency-key": "c0ffee00-race-0001" };
    const sent = await Promise.all([
      ...Array.from({ length: 3 }, () => call(t, "POST", "/api/public/v1/petitions", { body, headers })),
      ...Array.from({ length: 5 }, (_, i) =>
        call(t, "POST", "/api/public/v1/petitions", {
          body: publicBody(w.a.id),
          headers: { "idempotency-key": `c0ffee00-race-beside-${i}` },
        }),
      ),
    ]);
    expect(sent.map((r) => r.status)).toEqual(sent.map(() => 201));
    const [first, ...retries] = sent.slice(0, 3);
    for (const retry of retries) {
      expect(retry!.body).toEqual(first!.body);
    }
    expect(sent.slice(0, 3).filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(2);
    expect(new Set(sent.map((r) => r.body.code)).size).toBe(6);
    expect(await total()).toBe(before + 6);
  });

  it("answers a retry from the stored answer even after its commune was retired", async () => {
    const headers = { "idempotency-key": "c0ffee00-retired-0001" };
    const body = publicBody(w.a.id);
    const first = await call(t, "POST", "/api/public/v1/petitions", { body, headers });
    expect(first.status).toBe(201);
    await t.db.update(units).set({ validTo: "2026-01-01" }).where(eq(units.id, w.a.id));
    invalidateUnits();
    try {
      const retry = await call(t, "POST", "/api/public/v1/petitions", { body, headers });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      const fresh = await call(t, "POST", "/api/public/v1/petitions", { body });
      expect(fresh.status).toBe(400);
      expect(detailPaths(fresh.body)).toEqual(["unitId"]);
    } finally {
      await t.db.update(units).set({ validTo: null }).where(eq(units.id, w.a.id));
      invalidateUnits();
    }
  });
});
