import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dossierEvents, dossiers } from "../../../src/db/schema";
import { auditOf, call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { pdfBytes } from "../tasks/helpers";
import { act, buildWorld, createProcedure, must, oneStopApp, type World } from "./helpers";

let ipSeq = 0;
const fresh = () => {
  ipSeq += 1;
  return { "x-forwarded-for": `10.66.${ipSeq >> 8}.${ipSeq & 255}` };
};

type Upload = { id: string; token: string; name: string; expiresAt: string };

async function uploadPublic(t: TestApp, name: string, bytes: Uint8Array, headers = fresh()) {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  const res = await t.app.request("/api/public/v1/dossiers/files", {
    method: "POST",
    headers: { ...headers, "accept-language": "en" },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & Upload };
}

const applicant = {
  kind: "person",
  name: "Lê Thị Trực Tuyến",
  personalId: "040190012345",
  phone: "0912 345 678",
  address: "Khối 3, phường Thái Hòa, Nghệ An",
};
const ref = (u: Upload) => ({ id: u.id, token: u.token });

describe(`online filing and supplement with documents on ${DB_KIND}`, () => {
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

  const fileOnline = (documents: unknown[], headers = fresh()) =>
    call(t, "POST", "/api/public/v1/dossiers", {
      body: { procedureId, applicant, documents },
      headers: { ...headers, "accept-language": "en" },
    });
  const supplement = (code: string, pin: string, documents: unknown[], headers = fresh()) =>
    call(t, "POST", `/api/public/v1/dossiers/${code}/supplement`, {
      body: { documents, note: "Xin gửi bổ sung" },
      headers: { ...headers, "x-tracking-pin": pin, "accept-language": "en" },
    });
  const rowOf = async (code: string) =>
    (await t.db.select().from(dossiers).where(eq(dossiers.code, code)))[0]!;

  /** Filed online with a scan of the application form; the clerk asks for the certificate. */
  async function filedAndAsked() {
    const scan = await uploadPublic(t, "don.pdf", pdfBytes());
    const filed = await fileOnline([{ key: "don", form: "electronic", files: [ref(scan.body)] }]);
    expect(filed.status).toBe(201);
    const row = await rowOf(filed.body.code);
    await must(act(t, w.as.clerkA, row.id, "start-check"));
    await must(
      act(t, w.as.clerkA, row.id, "request-supplement", {
        items: [{ key: "gcn", description: "Bản gốc Giấy chứng nhận" }],
      }),
    );
    return { code: filed.body.code as string, pin: filed.body.pin as string, id: row.id, scan: scan.body };
  }

  it("files online with scans the clerk can read, and nobody can read an unfiled upload", async () => {
    const { id, scan } = await filedAndAsked();
    const row = (await t.db.select().from(dossiers).where(eq(dossiers.id, id)))[0]!;
    expect(row.documents).toEqual([
      { key: "don", name: "Đơn đăng ký biến động", form: "electronic", count: 1, fileIds: [scan.id] },
    ]);
    const read = await call(t, "GET", `/api/v1/onestop/dossiers/${id}/files/${scan.id}`, {
      session: w.as.clerkA,
    });
    expect(read.status).toBe(200);
    const loose = await uploadPublic(t, "khac.pdf", pdfBytes());
    expect(loose.status).toBe(201);
    expect(loose.body.expiresAt > new Date().toISOString()).toBe(true);
    for (const path of [
      `/api/v1/files/${loose.body.id}`,
      `/api/v1/onestop/dossiers/${id}/files/${loose.body.id}`,
    ]) {
      expect((await call(t, "GET", path, { session: w.as.clerkA })).status).toBe(404);
    }
  });

  it("takes a phone scan above the 1 MB JSON body limit", async () => {
    const scan = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    scan.set(new TextEncoder().encode("%PDF-1.4\n"));
    const res = await uploadPublic(t, "so-do.pdf", scan);
    expect(res.status).toBe(201);
  });

  it("refuses a wrong type, an empty file and a missing file, naming the field", async () => {
    const exe = await uploadPublic(t, "virus.pdf", new TextEncoder().encode("MZ\u0090\u0000binary"));
    expect(exe.status).toBe(400);
    expect(exe.body.error).toMatchObject({ code: "VALIDATION" });
    expect((exe.body.error as { details: unknown[] }).details).toEqual([
      { path: "file", message: expect.stringContaining("PDF") },
    ]);
    const empty = await uploadPublic(t, "empty.pdf", new Uint8Array());
    expect(empty.status).toBe(400);
    expect((empty.body.error as { details: unknown[] }).details).toEqual([
      { path: "file", message: "The file is empty or larger than 10 MB" },
    ]);
    const none = await t.app.request("/api/public/v1/dossiers/files", {
      method: "POST",
      headers: fresh(),
      body: new FormData(),
    });
    expect(none.status).toBe(400);
  });

  it("refuses an unknown document, a forged or borrowed token and an expired upload", async () => {
    const scan = await uploadPublic(t, "don.pdf", pdfBytes());
    const unknown = await fileOnline([{ key: "khong-co", form: "electronic", files: [ref(scan.body)] }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe("documents.0.key");
    const other = await filedAndAsked();
    const borrowed = await fileOnline([
      { key: "don", form: "electronic", files: [{ id: other.scan.id, token: scan.body.token }] },
    ]);
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.error.details).toEqual([
      { path: "documents.0.files.0", message: "Unknown attachment, or not uploaded by you" },
    ]);
    const forged = await fileOnline([
      { key: "don", form: "electronic", files: [{ id: scan.body.id, token: "zzzz.abc" }] },
    ]);
    expect(forged.body.error.details[0].path).toBe("documents.0.files.0");
    vi.useFakeTimers({ now: Date.now() + 25 * 3_600_000, toFake: ["Date"] });
    try {
      const late = await fileOnline([{ key: "don", form: "electronic", files: [ref(scan.body)] }]);
      expect(late.status).toBe(400);
      expect(late.body.error.details).toEqual([
        { path: "documents.0.files.0", message: "This upload has expired; upload the file again" },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("lets the applicant supplement with the PIN; the dossier is back in checking, audited", async () => {
    const { code, pin, id } = await filedAndAsked();
    const cert = await uploadPublic(t, "gcn.pdf", pdfBytes());
    const res = await supplement(code, pin, [{ key: "gcn", form: "electronic", files: [ref(cert.body)] }]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ code, status: "checking" });
    const row = await rowOf(code);
    expect(row.documents.map((d) => d.key).sort()).toEqual(["don", "gcn"]);
    const [event] = await t.db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.dossierId, id), eq(dossierEvents.type, "supplement")));
    expect(event).toMatchObject({ actorId: null, fileIds: [cert.body.id], data: { by: "applicant" } });
    expect(await auditOf(t.db, "onestop.supplement-online", id)).toHaveLength(1);
    const detail = await call(t, "GET", `/api/v1/onestop/dossiers/${id}`, { session: w.as.clerkA });
    expect(detail.body.abilities.receive).toBe(true);
    const read = await call(t, "GET", `/api/v1/onestop/dossiers/${id}/files/${cert.body.id}`, {
      session: w.as.clerkA,
    });
    expect(read.status).toBe(200);
    const again = await supplement(code, pin, [{ key: "gcn", form: "electronic", files: [ref(cert.body)] }]);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("The dossier is not waiting for a supplement");
  });

  it("restarts the clock like the counter when a dossier returned from processing is supplemented", async () => {
    const { code, pin, id } = await filedAndAsked();
    const cert = await uploadPublic(t, "gcn.pdf", pdfBytes());
    await must(supplement(code, pin, [{ key: "gcn", form: "original", files: [ref(cert.body)] }]));
    await must(act(t, w.as.clerkA, id, "receive"));
    await must(act(t, w.as.clerkA, id, "start-processing", { handlerId: w.people.handlerA.id }));
    const back = await act(t, w.as.handlerA, id, "return-for-supplement", {
      items: [{ key: "uq", description: "Giấy ủy quyền" }],
      reason: "Thiếu giấy ủy quyền của người đứng tên",
    });
    expect(back.status).toBe(200);
    const before = await rowOf(code);
    const proxy = await uploadPublic(t, "uq.pdf", pdfBytes());
    const res = await supplement(code, pin, [{ key: "uq", form: "copy", files: [ref(proxy.body)] }]);
    expect(res.body).toEqual({ code, status: "received" });
    const after = await rowOf(code);
    expect(after.round).toBe(before.round + 1);
    expect(after.clockStartDate).toBe(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
    expect(after.appointmentDate).not.toBeNull();
  });

  it("answers a wrong PIN like an unknown code, counts guesses, and refuses bad input", async () => {
    const { code, pin } = await filedAndAsked();
    const cert = await uploadPublic(t, "gcn.pdf", pdfBytes());
    const docs = [{ key: "gcn", form: "electronic", files: [ref(cert.body)] }];
    const guesser = { "x-forwarded-for": "10.65.0.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      statuses.push((await supplement(code, String(20_000_000 + i), docs, guesser)).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(404));
    expect(statuses[10]).toBe(429);
    expect((await supplement(code, pin, [])).status).toBe(400);
    const noPin = await call(t, "POST", `/api/public/v1/dossiers/${code}/supplement`, {
      body: { documents: docs },
      headers: fresh(),
    });
    expect(noPin.status).toBe(400);
    expect((await rowOf(code)).status).toBe("supplement_requested");
  });

  it("rate-limits uploads per client address", async () => {
    const headers = { "x-forwarded-for": "10.64.0.1" };
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      statuses.push((await uploadPublic(t, `s${i}.pdf`, pdfBytes(), headers)).status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(201));
    expect(statuses.slice(30)).toEqual([429, 429]);
    expect((await uploadPublic(t, "ok.pdf", pdfBytes())).status).toBe(201);
  });
});
