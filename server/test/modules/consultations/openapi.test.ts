import { afterAll, beforeAll, expect, it } from "vitest";
import type { TestApp } from "../../support/harness";
import { consultationApp } from "./helpers";

let t: TestApp & { dataDir: string };
beforeAll(async () => {
  t = await consultationApp();
});
afterAll(() => t.close());

it("documents the staff and public consultation routes in the OpenAPI description", async () => {
  const res = await t.app.request("/api/openapi.json");
  expect(res.status).toBe(200);
  const doc = (await res.json()) as { paths: Record<string, unknown> };
  for (const path of [
    "/api/v1/consultations",
    "/api/v1/consultations/{id}/tally",
    "/api/v1/households/import",
    "/api/public/v1/consultations",
    "/api/public/v1/consultations/{id}",
    "/api/public/v1/consultations/{id}/vote",
  ]) {
    expect(doc.paths, path).toHaveProperty([path]);
  }
});
