import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { files } from "../../../src/db/schema";
import { buildStaff, buildUnit, call, type Session, signIn } from "../../support/factories";
import { createTestApp, DB_KIND, type TestApp } from "../../support/harness";
import { buildTeam, pdfBytes, type Team, taskBody, upload } from "./helpers";

describe(`uploads and evidence files on ${DB_KIND}`, () => {
  let t: TestApp;
  let dataDir: string;
  let team: Team;
  let stranger: Session;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "danvan-files-"));
    t = await createTestApp({ dataDir });
    team = await buildTeam(t);
    const elsewhere = await buildUnit(t.db);
    stranger = await signIn(
      t,
      (await buildStaff(t.db, { unitId: elsewhere.id, roles: ["leader", "admin"] })).username,
    );
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const download = (id: string, session: Session) =>
    t.app.request(`/api/v1/files/${id}`, { headers: { cookie: session.cookie } });

  it("refuses anonymous uploads and uploads without the CSRF token", async () => {
    const form = new FormData();
    form.append("file", new File([pdfBytes()], "a.pdf"));
    expect((await t.app.request("/api/v1/files", { method: "POST", body: form })).status).toBe(401);
    const noCsrf = await t.app.request("/api/v1/files", {
      method: "POST",
      body: form,
      headers: { cookie: team.as.assignee.cookie },
    });
    expect(noCsrf.status).toBe(403);
  });

  it("refuses an executable whatever its name, and an empty file", async () => {
    const exe = new Uint8Array(256);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    for (const name of ["setup.exe", "bao-cao.pdf", "notes.txt"]) {
      const res = await upload(t, team.as.assignee, name, exe);
      expect({ name, status: res.status, path: res.body.error?.details?.[0]?.path }).toEqual({
        name,
        status: 400,
        path: "file",
      });
    }
    const empty = await upload(t, team.as.assignee, "empty.pdf", new Uint8Array(0));
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].path).toBe("file");
    const missing = await t.app.request("/api/v1/files", {
      method: "POST",
      body: new FormData(),
      headers: { cookie: team.as.assignee.cookie, "x-csrf-token": team.as.assignee.csrf },
    });
    expect(missing.status).toBe(400);
    expect(
      ((await missing.json()) as { error: { details: { path: string }[] } }).error.details[0]!.path,
    ).toBe("file");
  });

  it("answers 413 for a file over 10 MB", async () => {
    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(pdfBytes().subarray(0, 64));
    const res = await upload(t, team.as.assignee, "big.pdf", big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("stores a PDF with the type sniffed from its bytes", async () => {
    const res = await upload(t, team.as.assignee, "bien-ban.pdf", pdfBytes("sniff"));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "bien-ban.pdf",
      mime: "application/pdf",
      size: pdfBytes("sniff").length,
    });
    expect(res.body.id).toMatch(/^[0-9a-f]{64}$/);
    const png = await upload(
      t,
      team.as.assignee,
      "anh.pdf",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    );
    expect(png.body.mime).toBe("image/png");
    const text = await upload(
      t,
      team.as.assignee,
      "ghi-chu.txt",
      new TextEncoder().encode("Biên bản làm việc\n"),
    );
    expect(text.body.mime).toBe("text/plain");
    const own = await download(res.body.id, team.as.assignee);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("content-disposition")).toContain("attachment");
    const [row] = await t.db.select().from(files).where(eq(files.id, res.body.id));
    expect(row).toMatchObject({ uploadedBy: team.assignee.id, unitId: team.unit.id });
  });

  it("refuses to attach a file uploaded by someone else or unknown", async () => {
    const created = await call(t, "POST", "/api/v1/tasks", { session: team.as.leader, body: taskBody(team) });
    const theirs = await upload(t, team.as.colleague, "cua-nguoi-khac.pdf", pdfBytes());
    expect(theirs.status).toBe(201);
    const res = await call(t, "POST", `/api/v1/tasks/${created.body.id}/submit`, {
      session: team.as.assignee,
      body: { note: "Nộp", fileIds: [theirs.body.id] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe("fileIds");
    const unknown = await call(t, "POST", `/api/v1/tasks/${created.body.id}/submit`, {
      session: team.as.assignee,
      body: { note: "Nộp", fileIds: ["a".repeat(64)] },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].path).toBe("fileIds");
    const malformed = await call(t, "POST", `/api/v1/tasks/${created.body.id}/submit`, {
      session: team.as.assignee,
      body: { note: "Nộp", fileIds: ["../etc/passwd"] },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0].path).toBe("fileIds.0");
    const still = await call(t, "GET", `/api/v1/tasks/${created.body.id}`, { session: team.as.assignee });
    expect(still.body.status).toBe("assigned");
  });

  it("serves an evidence file to the task's director, never to unrelated staff", async () => {
    const created = await call(t, "POST", "/api/v1/tasks", { session: team.as.leader, body: taskBody(team) });
    const file = await upload(t, team.as.assignee, "ket-qua.pdf", pdfBytes());
    expect((await download(file.body.id, team.as.leader)).status).toBe(404);
    const submitted = await call(t, "POST", `/api/v1/tasks/${created.body.id}/submit`, {
      session: team.as.assignee,
      body: { note: "Kết quả", fileIds: [file.body.id] },
    });
    expect(submitted.status).toBe(200);
    const byDirector = await download(file.body.id, team.as.leader);
    expect(byDirector.status).toBe(200);
    expect(new Uint8Array(await byDirector.arrayBuffer()).length).toBe(file.body.size);
    expect((await download(file.body.id, stranger)).status).toBe(404);
    expect((await download(file.body.id, team.as.colleague)).status).toBe(404);
    expect((await download("b".repeat(64), team.as.assignee)).status).toBe(404);
    expect((await download("not-a-file-id", team.as.assignee)).status).toBe(400);
  });
});
