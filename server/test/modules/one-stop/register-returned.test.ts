import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, createProcedure, fileAtCounter, oneStopApp, patchDossier, type World } from "./helpers";

describe(`the dossier register by the day the result was returned on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    const procedureId = (await createProcedure(t, w)).id;
    // Returned on the first and last day of March, in April, and one never returned.
    for (const [name, day] of [
      ["march1", "2026-03-01"],
      ["march31", "2026-03-31"],
      ["april", "2026-04-02"],
      ["open", null],
    ] as const) {
      const { dossier } = await fileAtCounter(t, w, procedureId);
      ids[name] = dossier.id;
      if (day) {
        await patchDossier(t.db, dossier.id, { status: "returned", returnedDate: day });
      }
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const find = async (qs: string, session = w.as.clerkA) => {
    const res = await call(t, "GET", `/api/v1/onestop/dossiers?limit=100&${qs}`, { session });
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((x) => x.id).sort();
  };

  it("answers 401 without a session and 400 naming a bad date field", async () => {
    expect((await call(t, "GET", "/api/v1/onestop/dossiers?returnedFrom=2026-03-01")).status).toBe(401);
    for (const [qs, field] of [
      ["returnedFrom=2026-02-30", "returnedFrom"],
      ["returnedTo=31/03/2026", "returnedTo"],
    ]) {
      const res = await call(t, "GET", `/api/v1/onestop/dossiers?${qs}`, {
        session: w.as.clerkA,
        headers: { "accept-language": "vi" },
      });
      expect(res.status).toBe(400);
      expect(new Set(detailPaths(res.body))).toEqual(new Set([field]));
      expect(res.body.error.details[0].message).toMatch(/^Ngày/);
    }
  });

  it("keeps the dossiers returned within the period, both ends included, in the caller's scope", async () => {
    expect(await find("returnedFrom=2026-03-01&returnedTo=2026-03-31")).toEqual(
      [ids.march1!, ids.march31!].sort(),
    );
    expect(await find("status=returned&returnedFrom=2026-03-02")).toEqual([ids.march31!, ids.april!].sort());
    expect(await find("returnedTo=2026-03-01")).toEqual([ids.march1!]);
    expect(await find("returnedFrom=2026-03-01&returnedTo=2026-03-31", w.as.clerkB)).toEqual([]);
    expect(await find("")).toContain(ids.open!);
  });
});
