import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { pdfBytes, upload } from "../tasks/helpers";
import {
  act,
  buildWorld,
  createProcedure,
  fileAtCounter,
  fullDocs,
  must,
  oneStopApp,
  type World,
} from "./helpers";

describe(`dossier files on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let dossierId: string;
  let scanId: string;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    const procedureId = (await createProcedure(t, w)).id;
    const scan = await upload(t, w.as.clerkA, "don-dang-ky.pdf", pdfBytes("scan"), "application/pdf");
    scanId = (scan.body as { id: string }).id;
    const documents = fullDocs.map((d) => (d.key === "don" ? { ...d, fileIds: [scanId] } : d));
    const { dossier } = await fileAtCounter(t, w, procedureId, documents);
    dossierId = dossier.id;
    await must(act(t, w.as.clerkA, dossierId, "receive"));
    await must(act(t, w.as.clerkA, dossierId, "start-processing", { handlerId: w.people.handlerA.id }));
  });
  afterAll(async () => {
    await t.close();
  });

  const path = (fileId: string, id = dossierId) => `/api/v1/onestop/dossiers/${id}/files/${fileId}`;

  it("lets the handler who did not upload it read a submitted document", async () => {
    expect((await call(t, "GET", path(scanId))).status).toBe(401);
    const res = await t.app.request(path(scanId), { headers: { cookie: w.as.handlerA.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("don-dang-ky.pdf");
    expect(new TextDecoder().decode(await res.arrayBuffer())).toContain("scan");
  });

  it("answers 404 out of scope, for a file not in the dossier, and 400 for a malformed id", async () => {
    expect((await call(t, "GET", path(scanId), { session: w.as.handlerB })).status).toBe(404);
    const other = await upload(t, w.as.clerkA, "khac.pdf", pdfBytes("other"), "application/pdf");
    const otherId = (other.body as { id: string }).id;
    expect((await call(t, "GET", path(otherId), { session: w.as.handlerA })).status).toBe(404);
    expect((await call(t, "GET", path("not-a-file"), { session: w.as.handlerA })).status).toBe(400);
  });
});
