import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dossierEvents, dossiers } from "../../../src/db/schema";
import { auditOf, call, type Session } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { pdfBytes, upload } from "../tasks/helpers";
import { act, buildWorld, createProcedure, fileAtCounter, must, oneStopApp, type World } from "./helpers";

const residence = "Giấy xác nhận nơi cư trú do công an xã cấp";

describe(`a counter supplement answers free-text missing items on ${DB_KIND}`, () => {
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

  const scan = async (s: Session, name: string) =>
    ((await upload(t, s, name, pdfBytes(name), "application/pdf")).body as { id: string }).id;
  const rowOf = async (id: string) => (await t.db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!;
  const supplementEvents = (id: string) =>
    t.db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.dossierId, id), eq(dossierEvents.type, "supplement")));
  const supplement = (id: string, documents: unknown[], lang = "vi") =>
    call(t, "POST", `/api/v1/onestop/dossiers/${id}/supplement`, {
      session: w.as.clerkA,
      body: { documents, note: null },
      headers: { "accept-language": lang },
    });

  /** Filed at the counter with the application only; the clerk asks for the certificate and free text. */
  async function filedAndAsked() {
    const { dossier } = await fileAtCounter(t, w, procedureId, [{ key: "don", form: "original", count: 1 }]);
    await must(
      act(t, w.as.clerkA, dossier.id, "request-supplement", {
        items: [
          { key: "gcn", description: "Bản gốc Giấy chứng nhận" },
          { key: null, description: residence },
        ],
      }),
    );
    return dossier.id;
  }

  it("files what was brought under each item, with the clerk's scan, and says which scan answers which", async () => {
    const id = await filedAndAsked();
    const proof = await scan(w.as.clerkA, "cu-tru.pdf");
    const res = await supplement(id, [
      { item: 0, form: "original" },
      { item: 1, form: "copy", count: 2, fileIds: [proof] },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("checking");
    expect(res.body.documents).toContainEqual({
      key: "supplement:2",
      name: residence,
      form: "copy",
      count: 2,
      fileIds: [proof],
    });
    const row = await rowOf(id);
    expect(row.documents.map((d) => d.key)).toEqual(["don", "gcn", "supplement:2"]);
    const [event] = await supplementEvents(id);
    expect(event!.actorId).toBe(w.people.clerkA.id);
    expect(event!.fileIds).toEqual([proof]);
    expect(event!.data).toEqual({
      restarted: false,
      answers: [
        { key: "gcn", name: "Bản gốc Giấy chứng nhận", fileIds: [] },
        { key: "supplement:2", name: residence, fileIds: [proof] },
      ],
    });
    expect(await auditOf(t.db, "onestop.supplement", id)).toHaveLength(1);
    const read = await call(t, "GET", `/api/v1/onestop/dossiers/${id}/files/${proof}`, {
      session: w.as.handlerA,
    });
    expect(read.status).toBe(200);
  });

  it("still takes a catalogue document by its key, as before", async () => {
    const id = await filedAndAsked();
    const res = await supplement(id, [{ key: "gcn", form: "original" }]);
    expect(res.status).toBe(200);
    const [event] = await supplementEvents(id);
    expect(event!.data).toMatchObject({ answers: [{ key: "gcn", fileIds: [] }] });
  });

  it("refuses an item not on the list, naming the field in the clerk's language, and keeps what was saved", async () => {
    const id = await filedAndAsked();
    const before = await rowOf(id);
    const beyond = await supplement(id, [
      { item: 0, form: "original" },
      { item: 2, form: "copy" },
    ]);
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.details).toEqual([
      { path: "documents.1.item", message: "Mục này không có trong danh sách cần bổ sung" },
    ]);
    const english = await supplement(id, [{ item: 7, form: "copy" }], "en");
    expect(english.body.error.details).toEqual([
      { path: "documents.0.item", message: "This item is not on the list of items to supplement" },
    ]);
    const both = await supplement(id, [{ key: "gcn", item: 1, form: "copy" }]);
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe("documents.0.key");
    const twice = await supplement(id, [
      { item: 0, form: "original" },
      { key: "gcn", form: "copy" },
    ]);
    expect(twice.body.error.details[0].path).toBe("documents.1.key");
    // A scan the other commune's clerk uploaded cannot be filed here, nor can nothing at all.
    const foreign = await scan(w.as.clerkB, "khac.pdf");
    const notMine = await supplement(id, [
      { item: 0, form: "original" },
      { item: 1, form: "copy", fileIds: [foreign] },
    ]);
    expect(notMine.status).toBe(400);
    expect(notMine.body.error.details[0].path).toBe("documents.1.fileIds");
    expect((await supplement(id, [])).body.error.details[0].path).toBe("documents");

    const after = await rowOf(id);
    expect(after.status).toBe("supplement_requested");
    expect(after.documents).toEqual(before.documents);
    expect(after.supplementItems).toEqual(before.supplementItems);
    expect(await supplementEvents(id)).toHaveLength(0);
    expect(await auditOf(t.db, "onestop.supplement", id)).toHaveLength(0);
    await must(supplement(id, [{ item: 1, form: "original" }]));
    expect((await rowOf(id)).documents.map((d) => d.key)).toEqual(["don", "supplement:2"]);
  });

  it("answers a free-text item of a return from processing at the counter and restarts the clock", async () => {
    const id = await filedAndAsked();
    await must(supplement(id, [{ item: 0, form: "original" }]));
    await must(act(t, w.as.clerkA, id, "receive"));
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    await must(
      act(t, w.as.handlerA, id, "return-for-supplement", {
        items: [{ description: "Biên bản xác minh hiện trạng thửa đất" }],
        reason: "Thiếu biên bản xác minh hiện trạng",
      }),
    );
    const before = await rowOf(id);
    const res = await supplement(id, [{ item: 0, form: "original" }]);
    expect(res.body.status).toBe("received");
    const after = await rowOf(id);
    expect(after.round).toBe(before.round + 1);
    expect(after.documents).toContainEqual({
      key: "return:1",
      name: "Biên bản xác minh hiện trạng thửa đất",
      form: "original",
      count: 1,
      fileIds: [],
    });
    const events = await supplementEvents(id);
    expect(events.at(-1)!.data).toMatchObject({
      restarted: true,
      answers: [{ key: "return:1", name: "Biên bản xác minh hiện trạng thửa đất" }],
    });
  });
});
