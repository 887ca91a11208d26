import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleVersions, units } from "../../../src/db/schema";
import { call } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { buildWorld, classify, intake, intakeBody, petitionApp, type World } from "./helpers";

describe(`petition deadlines by rule version on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let remote: World;
  let v1: string;
  let v2: string;

  const accept = (session: World["as"]["receptionA"], id: string, body: Record<string, unknown>) =>
    call(t, "POST", `/api/v1/petitions/${id}/decide`, { session, body: { action: "accept", ...body } });

  async function received(world: World, date: string, over: Record<string, unknown> = {}) {
    const { petition } = await intake(
      t,
      world.as.receptionA,
      intakeBody(world.a.id, { receivedDate: date, ...over }),
    );
    await classify(t, world.as.receptionA, petition.id, { kind: (over.kind as string) ?? "complaint" });
    return petition;
  }

  beforeAll(async () => {
    t = await petitionApp();
    w = await buildWorld(t);
    remote = await buildWorld(t, { remote: true });
    // A hypothetical amendment: first complaints resolved within 20 days from 1 July 2026.
    const res = await call(t, "POST", "/api/v1/rules", {
      session: w.as.admin,
      body: {
        code: "complaint.first.resolve",
        kind: "deadline",
        nameVi: "Giải quyết khiếu nại lần đầu",
        nameEn: "Resolve a first complaint",
        value: {
          amount: 20,
          basis: "calendar_days",
          variants: { complex: 30, remote: 30, remoteComplex: 40 },
        },
        effectiveFrom: "2026-07-01",
        sourceRef: "Giả định kiểm thử",
        verified: false,
      },
    });
    expect(res.status).toBe(201);
    v2 = res.body.id;
    const [old] = await t.db.select().from(ruleVersions).where(eq(ruleVersions.effectiveTo, "2026-06-30"));
    const versions = await t.db
      .select()
      .from(ruleVersions)
      .where(eq(ruleVersions.code, "complaint.first.resolve"));
    v1 = versions.find((r) => r.id !== v2)!.id;
    expect(old).toBeDefined();
  });
  afterAll(async () => {
    await t.close();
  });

  it("takes the resolution deadline from the rule in force on the acceptance date", async () => {
    const before = await received(w, "2026-06-25");
    const after = await received(w, "2026-06-25");
    const june = await accept(w.as.receptionA, before.id, { decisionDate: "2026-06-30" });
    const july = await accept(w.as.receptionA, after.id, { decisionDate: "2026-07-01" });
    expect(june.status).toBe(200);
    expect(july.status).toBe(200);
    expect(june.body.deadlines.resolve.ruleVersionId).toBe(v1);
    expect(july.body.deadlines.resolve.ruleVersionId).toBe(v2);
    expect(june.body.resolveDue).toBe("2026-07-30");
    expect(july.body.resolveDue).toBe("2026-07-21");
    expect(june.body.deadlines.resolve.explanation).toContain("30");
  });

  it("takes the processing deadline from the rule in force on the day of receipt", async () => {
    const june = await received(w, "2026-06-30");
    const july = await received(w, "2026-07-01");
    const a = await call(t, "GET", `/api/v1/petitions/${june.id}`, { session: w.as.receptionA });
    const b = await call(t, "GET", `/api/v1/petitions/${july.id}`, { session: w.as.receptionA });
    const versions = await t.db
      .select()
      .from(ruleVersions)
      .where(eq(ruleVersions.code, "complaint.first.accept"));
    const byId = (id: string) => versions.find((v) => v.id === id)!;
    expect(byId(a!.body.deadlines.process.ruleVersionId).effectiveTo).toBe("2026-06-30");
    expect(byId(b!.body.deadlines.process.ruleVersionId).effectiveFrom).toBe("2026-07-01");
    // 10 calendar days from 30 June; 7 working days from 1 July (NĐ 155/2026).
    expect(a!.body.processDue).toBe("2026-07-10");
    expect(b!.body.processDue).toBe("2026-07-10");
    expect(b!.body.deadlines.process.explanation).not.toBe(a!.body.deadlines.process.explanation);
  });

  it("uses the remote-area and complex variants, and never recomputes a stored deadline", async () => {
    const plain = await received(remote, "2026-06-25");
    const complex = await received(remote, "2026-06-25");
    const a = await accept(remote.as.receptionA, plain.id, { decisionDate: "2026-06-30" });
    const b = await accept(remote.as.receptionA, complex.id, {
      decisionDate: "2026-06-30",
      complex: true,
      complexJustification: "Xác minh tại hai địa điểm",
    });
    expect(a.body.resolveDue).toBe("2026-08-14");
    expect(b.body.resolveDue).toBe("2026-08-31");
    await t.db.update(units).set({ isRemote: false }).where(eq(units.id, remote.a.id));
    await t.db
      .update(ruleVersions)
      .set({ value: { amount: 5, basis: "calendar_days" } })
      .where(eq(ruleVersions.id, v1));
    const again = await call(t, "GET", `/api/v1/petitions/${plain.id}`, { session: remote.as.leaderA });
    expect(again.body.resolveDue).toBe("2026-08-14");
    expect(again.body.processDue).toBe(a.body.processDue);
  });

  it("picks the rule of each kind: denunciation, recommendation (fallback), then an admin's feedback rule", async () => {
    const den = await received(w, "2026-11-02", { kind: "denunciation" });
    const d = await accept(w.as.receptionA, den.id, { decisionDate: "2026-11-03" });
    expect(d.body.deadlines.resolve.ruleCode).toBe("denunciation.resolve");
    expect(d.body.resolveDue).toBe("2026-12-03");
    const rec = await received(w, "2026-11-02", { kind: "recommendation" });
    const r = await accept(w.as.receptionA, rec.id, { decisionDate: "2026-11-03" });
    expect(r.body.deadlines.resolve.ruleCode).toBe("reception.reply");
    expect(r.body.resolveDue).toBe("2026-11-17");
    const rule = await call(t, "POST", "/api/v1/rules", {
      session: w.as.admin,
      body: {
        code: "feedback.resolve",
        kind: "deadline",
        nameVi: "Xử lý phản ánh, kiến nghị",
        nameEn: "Handle feedback",
        value: { amount: 15, basis: "working_days" },
        effectiveFrom: "2026-01-01",
        sourceRef: "Quy chế địa phương (giả định)",
        verified: false,
      },
    });
    expect(rule.status).toBe(201);
    const fb = await received(w, "2026-11-02", { kind: "feedback" });
    const f = await accept(w.as.receptionA, fb.id, { decisionDate: "2026-11-03" });
    expect(f.body.deadlines.resolve.ruleCode).toBe("feedback.resolve");
    const complexDen = await received(w, "2026-11-02", { kind: "denunciation" });
    const noVariant = await accept(w.as.receptionA, complexDen.id, {
      decisionDate: "2026-11-03",
      complex: true,
      complexJustification: "Nhiều địa điểm",
    });
    expect(noVariant.status).toBe(400);
  });
});
