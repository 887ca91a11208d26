import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { addEntry, buildWorld, openSession, receptionApp, reps, uploadPdf, type World } from "./helpers";

describe(`reception book files on ${DB_KIND}`, () => {
  let t: TestApp & { dataDir: string };
  let w: World;
  let sessionId: string;

  beforeAll(async () => {
    t = await receptionApp();
    w = await buildWorld(t);
    sessionId = (await openSession(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const path = (entryId: string, fileId: string) => `/api/v1/reception/entries/${entryId}/files/${fileId}`;

  it("gives a group's appointment to the leader who did not upload it, 404 out of scope or unnamed", async () => {
    const file = await uploadPdf(t, w.as.receptionA);
    const entry = await addEntry(t, w.as.receptionA, sessionId, {
      peopleCount: 6,
      representatives: reps(1),
      appointmentFileId: file,
      kind: "recommendation",
    });
    expect((await call(t, "GET", path(entry.id, file))).status).toBe(401);
    const res = await t.app.request(path(entry.id, file), { headers: { cookie: w.as.leaderA.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    // the province's reception officer sees the unit's book: the confidential case below differs only by kind
    expect((await call(t, "GET", path(entry.id, file), { session: w.as.receptionP })).status).toBe(200);
    expect((await call(t, "GET", path(entry.id, file), { session: w.as.receptionB })).status).toBe(404);
    const other = await uploadPdf(t, w.as.receptionA);
    expect((await call(t, "GET", path(entry.id, other), { session: w.as.leaderA })).status).toBe(404);
    expect((await call(t, "GET", path(entry.id, "x"), { session: w.as.leaderA })).status).toBe(400);
  });

  it("keeps a denouncers' group appointment to the need-to-know, auditing each read", async () => {
    const file = await uploadPdf(t, w.as.receptionA);
    const entry = await addEntry(t, w.as.receptionA, sessionId, {
      peopleCount: 6,
      representatives: reps(1),
      appointmentFileId: file,
      kind: "denunciation",
    });
    expect((await call(t, "GET", path(entry.id, file), { session: w.as.receptionP })).status).toBe(404);
    expect((await auditOf(t.db, "reception.read-identity", entry.id)).length).toBe(0);
    const res = await call(t, "GET", path(entry.id, file), { session: w.as.leaderA });
    expect(res.status).toBe(200);
    const reads = await auditOf(t.db, "reception.read-identity", entry.id);
    expect(reads.map((r) => (r.after as { purpose: string }).purpose)).toEqual(["file"]);
  });
});
