import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditOf, call, detailPaths } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { pdfBytes, upload } from "../petitions/helpers";
import { buildWorld, consultationApp, consultationBody, createConsultation, type World } from "./helpers";

let t: TestApp & { dataDir: string };
let w: World;

beforeAll(async () => {
  t = await consultationApp();
  w = await buildWorld(t);
});
afterAll(() => t.close());

describe("POST /api/v1/consultations", () => {
  it("401 without a session", async () => {
    const res = await call(t, "POST", "/api/v1/consultations", { body: consultationBody(w) });
    expect(res.status).toBe(401);
  });

  it("400 naming the field: unknown matter type, phases out of order, area outside the unit, markup", async () => {
    const bad = async (over: Record<string, unknown>) => {
      const res = await call(t, "POST", "/api/v1/consultations", {
        session: w.as.receptionA,
        body: consultationBody(w, over),
      });
      expect(res.status).toBe(400);
      return detailPaths(res.body);
    };
    expect(await bad({ matterType: "lottery" })).toContain("matterType");
    expect(
      await bad({
        phases: [
          { phase: "decision", startDate: "2026-01-10", endDate: null },
          { phase: "information", startDate: "2026-01-01", endDate: null },
        ],
      }),
    ).toContain("phases.1.phase");
    expect(await bad({ areas: [{ unitId: w.b.id, hamlet: null }] })).toContain("areas.0.unitId");
    expect(await bad({ title: "Di dời <script>alert(1)</script>" })).toContain("title");
    expect(await bad({ directorId: w.people.handlerA.id })).toContain("directorId");
    expect(await bad({ unitId: w.b.id })).toContain("unitId");
  });

  it("creates a draft in its first phase with the threshold rule of the matter type, audited", async () => {
    const c = await createConsultation(t, w, { matterType: "money" });
    expect(c.code).toMatch(/^LYK-XA\d+-\d{4}-\d{3}$/);
    expect(c.phase).toBe("information");
    expect(c.isPublished).toBe(false);
    expect(c.abilities).toMatchObject({ edit: true, moderate: true, commit: true });
    const result = c.result as {
      threshold: {
        numerator: number;
        denominator: number;
        strict: boolean;
        verified: boolean;
        sourceRef: string;
      };
    };
    expect(result.threshold).toMatchObject({ numerator: 2, denominator: 3, strict: false, verified: true });
    expect(result.threshold.sourceRef).toContain("Đ.21");
    expect(await auditOf(t.db, "consultations.create", c.id)).toHaveLength(1);
  });

  it("an opinion poll carries no threshold", async () => {
    const c = await createConsultation(t, w, { matterType: "opinion" });
    expect((c.result as { threshold: unknown; thresholdMet: unknown }).threshold).toBeNull();
  });
});

describe("GET /api/v1/consultations and /{id}", () => {
  it("401, 404 out of scope, list scoped in SQL", async () => {
    const c = await createConsultation(t, w);
    expect((await call(t, "GET", `/api/v1/consultations/${c.id}`)).status).toBe(401);
    expect((await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderB })).status).toBe(
      404,
    );
    expect((await call(t, "GET", `/api/v1/consultations/${c.id}`, { session: w.as.leaderP })).status).toBe(
      200,
    );
    const listB = await call(t, "GET", "/api/v1/consultations", { session: w.as.leaderB });
    expect(listB.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const listA = await call(t, "GET", "/api/v1/consultations?phase=information", { session: w.as.leaderA });
    expect(listA.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect((await call(t, "GET", "/api/v1/consultations/not-a-uuid", { session: w.as.leaderA })).status).toBe(
      400,
    );
  });
});

describe("editing, publishing, phases, options", () => {
  it("edits, publishes, moves forward only, adds options until voting opens", async () => {
    const c = await createConsultation(t, w);
    const s = w.as.receptionA;
    expect(
      (
        await call(t, "PATCH", `/api/v1/consultations/${c.id}`, {
          session: w.as.receptionB,
          body: { title: "Tiêu đề mới hợp lệ" },
        })
      ).status,
    ).toBe(404);
    const edited = await call(t, "PATCH", `/api/v1/consultations/${c.id}`, {
      session: s,
      body: { summary: "x" },
    });
    expect(detailPaths(edited.body)).toContain("summary");
    const ok = await call(t, "PATCH", `/api/v1/consultations/${c.id}`, {
      session: s,
      body: { title: "Di dời nghĩa trang Khối 10 (bản sửa)" },
    });
    expect(ok.body.title).toBe("Di dời nghĩa trang Khối 10 (bản sửa)");
    const published = await call(t, "POST", `/api/v1/consultations/${c.id}/publish`, { session: s });
    expect(published.body.isPublished).toBe(true);
    expect(
      (
        await call(t, "POST", `/api/v1/consultations/${c.id}/phase`, {
          session: s,
          body: { phase: "decision" },
        })
      ).body.phase,
    ).toBe("decision");
    const back = await call(t, "POST", `/api/v1/consultations/${c.id}/phase`, {
      session: s,
      body: { phase: "discussion" },
    });
    expect(back.status).toBe(412);
    const noOptions = await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, {
      session: s,
      body: { open: true },
    });
    expect(noOptions.status).toBe(412);
    const emptyLabel = await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: s,
      body: { label: "" },
    });
    expect(detailPaths(emptyLabel.body)).toContain("label");
    const badFile = await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: s,
      body: { label: "Vị trí 1", fileIds: ["a".repeat(64)] },
    });
    expect(detailPaths(badFile.body)).toContain("fileIds");
    await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: s,
      body: { label: "Vị trí 1" },
    });
    const two = await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: s,
      body: { label: "Vị trí 2", description: "Gần đường tỉnh" },
    });
    expect(two.status).toBe(201);
    expect(two.body.options.map((o: { position: number }) => o.position)).toEqual([1, 2]);
    expect(
      (await call(t, "POST", `/api/v1/consultations/${c.id}/voting`, { session: s, body: { open: true } }))
        .body.votingOpen,
    ).toBe(true);
    const frozen = await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: s,
      body: { label: "Vị trí 3" },
    });
    expect(frozen.status).toBe(412);
  });
});

describe("documents and maps", () => {
  it("files attached to the consultation or an option are public once published, others never", async () => {
    const doc = await upload(t, w.as.receptionA, "phuong-an.pdf", pdfBytes());
    const map = await upload(t, w.as.receptionA, "ban-do-vi-tri-1.pdf", pdfBytes());
    const stray = await upload(t, w.as.receptionA, "khac.pdf", pdfBytes());
    const c = await createConsultation(t, w, { fileIds: [doc.body.id] });
    expect((c.files as { name: string }[])[0]!.name).toBe("phuong-an.pdf");
    await call(t, "POST", `/api/v1/consultations/${c.id}/options`, {
      session: w.as.receptionA,
      body: { label: "Vị trí 1", fileIds: [map.body.id] },
    });
    const pubUrl = (f: string) => `/api/public/v1/consultations/${c.id}/files/${f}`;
    expect((await call(t, "GET", pubUrl(doc.body.id))).status).toBe(404);
    expect(
      (await call(t, "GET", `/api/v1/consultations/${c.id}/files/${doc.body.id}`, { session: w.as.leaderA }))
        .status,
    ).toBe(200);
    expect(
      (await call(t, "GET", `/api/v1/consultations/${c.id}/files/${doc.body.id}`, { session: w.as.leaderB }))
        .status,
    ).toBe(404);
    await call(t, "POST", `/api/v1/consultations/${c.id}/publish`, { session: w.as.receptionA });
    const got = await call(t, "GET", pubUrl(map.body.id));
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect((await call(t, "GET", pubUrl(doc.body.id))).status).toBe(200);
    expect((await call(t, "GET", pubUrl(stray.body.id))).status).toBe(404);
  });
});
