import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierEvents, dossiers } from "../../../src/db/schema";
import { auditOf, call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { pdfBytes } from "../tasks/helpers";
import { act, buildWorld, createProcedure, must, oneStopApp, type World } from "./helpers";

let ipSeq = 0;
const fresh = () => {
  ipSeq += 1;
  return { "x-forwarded-for": `10.67.${ipSeq >> 8}.${ipSeq & 255}` };
};

type Upload = { id: string; token: string };

async function uploadPublic(t: TestApp, name: string): Promise<Upload> {
  const form = new FormData();
  form.append("file", new File([pdfBytes()], name));
  const res = await t.app.request("/api/public/v1/dossiers/files", {
    method: "POST",
    headers: fresh(),
    body: form,
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as Upload;
  return { id: body.id, token: body.token };
}

const applicant = {
  kind: "person",
  name: "Nguyễn Văn Bổ Sung",
  personalId: "040190054321",
  phone: "0912 000 111",
  address: "Khối 5, phường Thái Hòa, Nghệ An",
};
const residence = "Giấy xác nhận nơi cư trú do công an xã cấp";

describe(`an online supplement answers free-text missing items on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  const supplement = (code: string, pin: string, documents: unknown[]) =>
    call(t, "POST", `/api/public/v1/dossiers/${code}/supplement`, {
      body: { documents, note: null },
      headers: { ...fresh(), "x-tracking-pin": pin, "accept-language": "en" },
    });
  const rowOf = async (code: string) =>
    (await t.db.select().from(dossiers).where(eq(dossiers.code, code)))[0]!;

  /** Filed online; the clerk asks for a catalogue document and something written as free text. */
  async function filedAndAsked() {
    const filed = await call(t, "POST", "/api/public/v1/dossiers", {
      body: { procedureId, applicant, documents: [{ key: "don", form: "electronic", files: [] }] },
      headers: fresh(),
    });
    expect(filed.status).toBe(201);
    const code = filed.body.code as string;
    const id = (await rowOf(code)).id;
    await must(act(t, w.as.clerkA, id, "start-check"));
    await must(
      act(t, w.as.clerkA, id, "request-supplement", {
        items: [
          { key: "gcn", description: "Bản gốc Giấy chứng nhận" },
          { key: null, description: residence },
        ],
      }),
    );
    return { code, pin: filed.body.pin as string, id };
  }

  it("files a scan for a free-text item, and the clerk sees which file answers which item", async () => {
    const { code, pin, id } = await filedAndAsked();
    const status = await call(t, "GET", `/api/public/v1/dossiers/${code}`, {
      headers: { ...fresh(), "x-tracking-pin": pin },
    });
    expect(status.body.applicant.missingItems).toEqual([
      { key: "gcn", description: "Bản gốc Giấy chứng nhận" },
      { key: null, description: residence },
    ]);
    const cert = await uploadPublic(t, "gcn.pdf");
    const proof = await uploadPublic(t, "cu-tru.pdf");
    const res = await supplement(code, pin, [
      { item: 0, form: "original", files: [cert] },
      { item: 1, form: "electronic", files: [proof] },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code, status: "checking" });
    const row = await rowOf(code);
    expect(row.documents.filter((d) => d.key !== "don")).toEqual([
      { key: "gcn", name: expect.any(String), form: "original", count: 1, fileIds: [cert.id] },
      { key: "supplement:2", name: residence, form: "electronic", count: 1, fileIds: [proof.id] },
    ]);
    const [event] = await t.db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.dossierId, id), eq(dossierEvents.type, "supplement")));
    expect(event!.fileIds).toEqual([cert.id, proof.id]);
    expect(event!.data).toMatchObject({
      by: "applicant",
      answers: [
        { key: "gcn", fileIds: [cert.id] },
        { key: "supplement:2", name: residence, fileIds: [proof.id] },
      ],
    });
    expect(await auditOf(t.db, "onestop.supplement-online", id)).toHaveLength(1);
    const detail = await call(t, "GET", `/api/v1/onestop/dossiers/${id}`, { session: w.as.clerkA });
    expect(detail.body.documents).toContainEqual(
      expect.objectContaining({ key: "supplement:2", name: residence, fileIds: [proof.id] }),
    );
    const read = await call(t, "GET", `/api/v1/onestop/dossiers/${id}/files/${proof.id}`, {
      session: w.as.clerkA,
    });
    expect(read.status).toBe(200);
    const outsider = await call(t, "GET", `/api/v1/onestop/dossiers/${id}/files/${proof.id}`, {
      session: w.as.clerkB,
    });
    expect(outsider.status).toBe(404);
  });

  it("refuses an item not on the list, a document naming neither or both, and a forged token", async () => {
    const { code, pin } = await filedAndAsked();
    const proof = await uploadPublic(t, "cu-tru.pdf");
    const beyond = await supplement(code, pin, [{ item: 2, form: "electronic", files: [proof] }]);
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.details).toEqual([{ path: "documents.0.item", message: expect.any(String) }]);
    const neither = await supplement(code, pin, [{ form: "electronic", files: [proof] }]);
    expect(neither.status).toBe(400);
    expect(neither.body.error.details[0].path).toBe("documents.0.key");
    const both = await supplement(code, pin, [{ key: "gcn", item: 1, form: "electronic", files: [proof] }]);
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe("documents.0.key");
    const twice = await supplement(code, pin, [
      { item: 0, form: "copy", files: [] },
      { key: "gcn", form: "copy", files: [] },
    ]);
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0].path).toBe("documents.1.key");
    const forged = await supplement(code, pin, [
      { item: 1, form: "electronic", files: [{ id: proof.id, token: "zz.forged" }] },
    ]);
    expect(forged.status).toBe(400);
    expect(forged.body.error.details).toEqual([
      { path: "documents.0.files.0", message: "Unknown attachment, or not uploaded by you" },
    ]);
    expect((await rowOf(code)).status).toBe("supplement_requested");
  });

  it("answers a free-text item of a return from processing and restarts the clock", async () => {
    const { code, pin, id } = await filedAndAsked();
    await must(
      supplement(code, pin, [{ item: 0, form: "original", files: [await uploadPublic(t, "g.pdf")] }]),
    );
    await must(act(t, w.as.clerkA, id, "receive"));
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    await must(
      act(t, w.as.handlerA, id, "return-for-supplement", {
        items: [{ description: "Biên bản xác minh hiện trạng thửa đất" }],
        reason: "Thiếu biên bản xác minh hiện trạng",
      }),
    );
    const before = await rowOf(code);
    const minutes = await uploadPublic(t, "bien-ban.pdf");
    const res = await supplement(code, pin, [{ item: 0, form: "copy", count: 2, files: [minutes] }]);
    expect(res.body).toEqual({ code, status: "received" });
    const after = await rowOf(code);
    expect(after.round).toBe(before.round + 1);
    expect(after.documents).toContainEqual({
      key: "return:1",
      name: "Biên bản xác minh hiện trạng thửa đất",
      form: "copy",
      count: 2,
      fileIds: [minutes.id],
    });
  });
});
