import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { petitionEvents, petitions } from "../../../src/db/schema";
import { auditOf, call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, pdfBytes, petitionApp, publicBody, type World } from "./helpers";

describe(`citizens' attachments on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const uploadPublic = async (name: string, bytes: Uint8Array, type = "application/pdf") => {
    const form = new FormData();
    form.append("file", new File([bytes], name, { type }));
    const res = await t.app.request("/api/public/v1/petitions/files", { method: "POST", body: form });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: never } };
  };

  it("takes a PDF without sign-in and refuses an executable, an empty file or no file", async () => {
    const ok = await uploadPublic("giay-to.pdf", pdfBytes());
    expect(ok.status).toBe(201);
    expect(ok.body.mime).toBe("application/pdf");
    expect(ok.body.token).toMatch(/\S{16,}/);
    const [audit] = await auditOf(t.db, "petitions.upload-online", ok.body.id as string);
    expect(audit).toMatchObject({ actorId: null, entityType: "file", after: { mime: "application/pdf" } });
    // a phone scan above the 1 MB JSON limit still goes through the upload route
    const scan = new Uint8Array(2 * 1024 * 1024).fill(0x20);
    scan.set(new TextEncoder().encode("%PDF-1.4\n"));
    expect((await uploadPublic("scan.pdf", scan)).status).toBe(201);
    const exe = await uploadPublic("virus.exe", new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]));
    expect(exe.status).toBe(400);
    expect(await auditOf(t.db, "petitions.upload-online")).toHaveLength(2);
    expect(detailPaths(exe.body as never)).toEqual(["file"]);
    expect((await uploadPublic("rong.pdf", new Uint8Array())).status).toBe(400);
    const none = await t.app.request("/api/public/v1/petitions/files", {
      method: "POST",
      body: new FormData(),
    });
    expect(none.status).toBe(400);
  });

  it("files them with the petition, where staff who see it can read them", async () => {
    const bytes = pdfBytes();
    const up = await uploadPublic("ban-ve-hien-trang.pdf", bytes);
    const filed = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { attachments: [{ id: up.body.id, token: up.body.token }] }),
    });
    expect(filed.status).toBe(201);
    const [p] = await t.db.select().from(petitions).where(eq(petitions.code, filed.body.code));
    const events = await t.db.select().from(petitionEvents).where(eq(petitionEvents.petitionId, p!.id));
    expect(events.find((e) => e.type === "intake")?.fileIds).toEqual([up.body.id]);
    const res = await t.app.request(`/api/v1/petitions/${p!.id}/files/${up.body.id}`, {
      headers: { cookie: w.as.receptionA.cookie },
    });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
  });

  it("refuses a forged token or a file that was never uploaded, creating nothing", async () => {
    const up = await uploadPublic("that.pdf", pdfBytes());
    const before = (await t.db.select({ id: petitions.id }).from(petitions)).length;
    const forged = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { attachments: [{ id: up.body.id, token: "0".repeat(43) }] }),
    });
    expect(forged.status).toBe(400);
    expect(detailPaths(forged.body)).toEqual(["attachments"]);
    const unknown = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { attachments: [{ id: "a".repeat(64), token: up.body.token }] }),
    });
    expect(unknown.status).toBe(400);
    const malformed = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { attachments: [{ id: "../../etc/passwd", token: "x" }] }),
    });
    expect(malformed.status).toBe(400);
    expect((await t.db.select({ id: petitions.id }).from(petitions)).length).toBe(before);
  });

  it("refuses an upload past its day and a one-stop upload's token, creating nothing", async () => {
    const up = await uploadPublic("hom-qua.pdf", pdfBytes());
    expect(Date.parse(String(up.body.expiresAt)) - Date.now()).toBeGreaterThan(23 * 3_600_000);
    const before = (await t.db.select({ id: petitions.id }).from(petitions)).length;
    // a token another portal issued names that portal: it does not attach the file to a petition
    const form = new FormData();
    form.append("file", new File([pdfBytes()], "ho-so.pdf", { type: "application/pdf" }));
    const res = await t.app.request("/api/public/v1/dossiers/files", { method: "POST", body: form });
    const dossierUpload = (await res.json()) as { id: string; token: string };
    expect(res.status).toBe(201);
    const borrowed = await call(t, "POST", "/api/public/v1/petitions", {
      body: publicBody(w.a.id, { attachments: [{ id: dossierUpload.id, token: dossierUpload.token }] }),
    });
    expect(borrowed.status).toBe(400);
    expect(borrowed.body.error.details).toEqual([
      { path: "attachments", message: "Tệp đính kèm không tồn tại hoặc không phải do bạn tải lên" },
    ]);
    vi.useFakeTimers({ now: Date.now() + 25 * 3_600_000, toFake: ["Date"] });
    try {
      const late = await call(t, "POST", "/api/public/v1/petitions", {
        body: publicBody(w.a.id, { attachments: [{ id: up.body.id, token: up.body.token }] }),
      });
      expect(late.status).toBe(400);
      expect(late.body.error.details).toEqual([
        {
          path: "attachments",
          message: "Tệp đã tải lên quá lâu và không còn dùng được; vui lòng tải lên lại",
        },
      ]);
    } finally {
      vi.useRealTimers();
    }
    expect((await t.db.select({ id: petitions.id }).from(petitions)).length).toBe(before);
  });
});
