import type { TransparencyReport } from "@danvan/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingInteractions, tasks, unitSuccessions } from "../../../src/db/schema";
import { newId } from "../../../src/platform/ids";
import { buildPetition, buildProcedure, buildRating, buildReturnedDossier } from "../../dashboard/builders";
import { buildPerson, buildStaff, buildUnit, call, signInFresh } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import { createConsultation } from "../consultations/helpers";
import * as oneStop from "../one-stop/helpers";
import * as petitions from "../petitions/helpers";
import { finished, publicCall, satisfactionApp } from "../satisfaction/helpers";
import { buildTask } from "../tasks/helpers";

const { addDays, todayVn } = oneStop;
type PetitionWorld = petitions.World;

/** The petitions world plus a clerk and an applicant, so one-stop dossiers can be filed in commune A. */
async function buildWorld(t: TestApp) {
  const w = await petitions.buildWorld(t);
  const clerkA = await buildStaff(t.db, { unitId: w.a.id, roles: ["clerk"], fullName: "Phạm Một Cửa" });
  const applicant = await buildPerson(t.db, w.a.id, { name: "Nguyễn Văn Dân" });
  const ow = { ...w, as: { ...w.as, clerkA: await signInFresh(t, clerkA.username) }, applicant };
  return { ...w, ow: ow as unknown as oneStop.World };
}

async function rate(t: TestApp, unitId: string, officerId: string, level: string) {
  const i = await finished(t, unitId, officerId);
  const res = await publicCall(t, "POST", `/api/public/v1/satisfaction/forms/${i.token}`, {
    level,
    aspects: {},
    answers: {},
  });
  expect(res.status).toBe(200);
}

async function dossier(t: TestApp, w: oneStop.World, procedureId: string, unitId: string, over: object) {
  const { dossier: d } = await oneStop.fileAtCounter(t, w, procedureId);
  await oneStop.patchDossier(t.db, d.id, { unitId, status: "result_ready", ...over });
}

async function petition(t: TestApp, w: PetitionWorld, unitId: string, over: object) {
  const { petition: p } = await petitions.intake(t, w.as.receptionA, petitions.intakeBody(w.a.id));
  await petitions.patchPetition(t.db, p.id, { unitId, ...over });
}

const report = (t: TestApp, unitId?: string) =>
  publicCall(t, "GET", `/api/public/v1/transparency${unitId ? `?unitId=${unitId}` : ""}`);

describe(`public transparency page on ${DB_KIND}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await satisfactionApp();
  });
  afterAll(async () => t.close());

  it("needs no sign-in, refuses a malformed unit (400) and answers 404 for an unknown one", async () => {
    const bad = await report(t, "not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toContain("unitId");
    expect((await report(t, newId())).status).toBe(404);
    const unit = await buildUnit(t.db, { type: "tinh" });
    const res = await t.app.request(`/api/public/v1/transparency?unitId=${unit.id}`, {
      headers: { "x-forwarded-for": "10.66.0.1" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const body = (await res.json()) as TransparencyReport;
    expect(body.total.satisfaction).toMatchObject({ n: 0, satisfiedShare: null, score: null });
    expect(body.total.dossiers).toMatchObject({ n: 0, onTimeShare: null });
    expect(body.total.petitions).toMatchObject({ accepted: 0, handlingRate: null });
  });

  it("counts satisfaction, on-time results and petition handling per unit, each with its n, and no names", async () => {
    const w = await buildWorld(t);
    const today = todayVn();
    const officer = w.people.handlerA;
    await rate(t, w.a.id, officer.id, "very_satisfied");
    await rate(t, w.a.id, officer.id, "satisfied");
    await rate(t, w.a.id, officer.id, "dissatisfied");
    await rate(t, w.b.id, w.people.leaderB.id, "satisfied");
    // Registered but not rated: not counted.
    await finished(t, w.b.id, w.people.leaderB.id);

    const procedure = await oneStop.createProcedure(t, w.ow);
    await dossier(t, w.ow, procedure.id, w.a.id, { resultReadyDate: today, timeliness: "early" });
    await dossier(t, w.ow, procedure.id, w.a.id, { resultReadyDate: today, timeliness: "late" });
    await dossier(t, w.ow, procedure.id, w.b.id, { resultReadyDate: today, timeliness: "on_time" });
    // Outside the twelve months: not counted.
    await dossier(t, w.ow, procedure.id, w.b.id, {
      resultReadyDate: addDays(today, -400),
      timeliness: "late",
    });

    await petition(t, w, w.a.id, {
      status: "resolved",
      acceptedDate: addDays(today, -30),
      resolvedDate: addDays(today, -5),
      resolvedOnTime: true,
    });
    await petition(t, w, w.a.id, {
      status: "resolved",
      acceptedDate: addDays(today, -60),
      resolvedDate: addDays(today, -2),
      resolvedOnTime: false,
    });
    await petition(t, w, w.b.id, { status: "accepted", acceptedDate: addDays(today, -3) });

    const res = await report(t, w.province.id);
    expect(res.status).toBe(200);
    const r = res.body;
    expect(r.unit).toEqual({ id: w.province.id, name: w.province.name });
    expect(r.to).toBe(today);
    expect(r.total.satisfaction).toEqual({
      n: 4,
      verySatisfied: 1,
      satisfied: 2,
      dissatisfied: 1,
      satisfiedShare: 0.75,
      // Unverified shipped mapping: very satisfied 100, satisfied 80, dissatisfied 0.
      score: 65,
    });
    expect(r.scoreVerified).toBe(false);
    expect(r.total.dossiers).toEqual({ n: 3, early: 1, onTime: 1, late: 1, onTimeShare: 0.6667 });
    expect(r.total.petitions).toEqual({
      accepted: 3,
      resolved: 2,
      resolvedOnTime: 1,
      handlingRate: 0.6667,
      onTimeRate: 0.5,
    });
    const a = r.children.find((c: { unitId: string }) => c.unitId === w.a.id);
    const b = r.children.find((c: { unitId: string }) => c.unitId === w.b.id);
    expect(a.satisfaction).toMatchObject({ n: 3, satisfiedShare: 0.6667 });
    expect(a.dossiers).toMatchObject({ n: 2, onTimeShare: 0.5 });
    expect(a.petitions).toMatchObject({ accepted: 2, resolved: 2, handlingRate: 1, onTimeRate: 0.5 });
    expect(b.satisfaction).toMatchObject({ n: 1, satisfiedShare: 1 });
    expect(b.dossiers).toMatchObject({ n: 1, onTimeShare: 1 });
    expect(b.petitions).toMatchObject({ accepted: 1, resolved: 0, handlingRate: 0, onTimeRate: null });

    // A commune's own page counts only its subtree, with the province in the breadcrumb.
    const ra = await report(t, w.a.id);
    expect(ra.body.total.satisfaction.n).toBe(3);
    expect(ra.body.total.dossiers.n).toBe(2);
    expect(ra.body.parents).toEqual([{ id: w.province.id, name: w.province.name }]);
    expect(ra.body.children).toEqual([]);

    const text = JSON.stringify(r);
    for (const name of [officer.fullName, "Nguyễn Văn Dân", "Nguyễn Văn Khiếu", "Phạm Một Cửa"]) {
      expect(text).not.toContain(name);
    }
    expect(
      await t.db.select().from(ratingInteractions).where(eq(ratingInteractions.unitId, w.b.id)),
    ).toHaveLength(2);
  });

  it("lists answers given in published consultations and the promises to the people with their state", async () => {
    const w = await buildWorld(t);
    const published = await createConsultation(t, w, { title: "Mở rộng đường liên xóm 3" });
    await call(t, "POST", `/api/v1/consultations/${published.id}/publish`, { session: w.as.receptionA });
    const hidden = await createConsultation(t, w, { title: "Dự thảo chưa công bố" });
    for (const [c, q, a] of [
      [published.id, "Đường mở rộng bao nhiêu mét?", "Mở rộng thêm 2 m về hai phía."],
      [hidden.id, "Khi nào công bố dự thảo?", "Trong tháng tới."],
    ] as const) {
      const asked = await call(t, "POST", `/api/v1/consultations/${c}/questions`, {
        session: w.as.receptionA,
        body: { body: q, askerLabel: "Bà Trần Thị Hoa" },
      });
      expect(asked.status).toBe(201);
      const answered = await call(t, "POST", `/api/v1/consultation-questions/${asked.body.id}/answer`, {
        session: w.as.receptionA,
        body: { answer: a },
      });
      expect(answered.status).toBe(200);
    }
    const today = todayVn();
    const kept = await buildTask(t.db, {
      unitId: w.a.id,
      assigneeId: w.people.handlerA.id,
      directorId: w.people.leaderA.id,
      dueDate: addDays(today, 10),
      status: "done",
    });
    const late = await buildTask(t.db, {
      unitId: w.b.id,
      assigneeId: w.people.leaderB.id,
      directorId: w.people.leaderB.id,
      dueDate: addDays(today, -3),
      status: "in_progress",
    });
    await buildTask(t.db, {
      unitId: w.a.id,
      assigneeId: w.people.handlerA.id,
      directorId: w.people.leaderA.id,
      dueDate: addDays(today, -3),
    });
    for (const [task, title] of [
      [kept, "Sửa cống thoát nước xóm 2"],
      [late, "Lắp đèn đường trục xã"],
    ] as const) {
      await t.db
        .update(tasks)
        .set({ isPublicPromise: true, publicTitle: title })
        .where(eq(tasks.id, task.id));
    }

    const r = (await report(t, w.province.id)).body;
    expect(r.answers).toHaveLength(1);
    expect(r.answers[0]).toMatchObject({
      consultationId: published.id,
      consultationTitle: "Mở rộng đường liên xóm 3",
      question: "Đường mở rộng bao nhiêu mét?",
      answer: "Mở rộng thêm 2 m về hai phía.",
    });
    expect(JSON.stringify(r.answers)).not.toContain("Trần Thị Hoa");
    expect(r.promises).toMatchObject({ total: 2, done: 1, overdue: 1 });
    expect(r.promises.items.map((p: { title: string }) => p.title).sort()).toEqual([
      "Lắp đèn đường trục xã",
      "Sửa cống thoát nước xóm 2",
    ]);
    expect(r.promises.items.find((p: { id: string }) => p.id === late.id).isOverdue).toBe(true);
    const rb = (await report(t, w.b.id)).body;
    expect(rb.answers).toEqual([]);
    expect(rb.promises).toMatchObject({ total: 1, done: 0, overdue: 1 });
  });

  it("counts a merged commune's figures under its successor, with no row of its own, totals unchanged", async () => {
    const today = todayVn();
    const p = await buildUnit(t.db, { type: "tinh" });
    const old = await buildUnit(t.db, { parentId: p.id, validTo: addDays(today, -20) });
    const merged = await buildUnit(t.db, { parentId: p.id });
    const district = await buildUnit(t.db, { parentId: p.id, type: "huyen", validTo: addDays(today, -20) });
    const oldInDistrict = await buildUnit(t.db, { parentId: district.id, validTo: addDays(today, -20) });
    await t.db
      .insert(unitSuccessions)
      .values(
        [old, oldInDistrict].map((u) => ({ fromUnitId: u.id, toUnitId: merged.id, effectiveDate: today })),
      );
    await buildRating(t.db, { unitId: old.id, date: addDays(today, -30), level: "very_satisfied" });
    await buildRating(t.db, { unitId: oldInDistrict.id, date: addDays(today, -30), level: "dissatisfied" });
    await buildRating(t.db, { unitId: merged.id, date: addDays(today, -2), level: "satisfied" });
    const proc = await buildProcedure(t.db, old.id);
    await buildReturnedDossier(t.db, {
      unitId: old.id,
      procedureId: proc,
      returned: addDays(today, -25),
      timeliness: "late",
    });
    await buildPetition(t.db, {
      unitId: old.id,
      accepted: addDays(today, -40),
      resolved: addDays(today, -35),
      due: addDays(today, -30),
    });

    const r = (await report(t, p.id)).body as TransparencyReport;
    expect(r.children.map((c) => c.unitId)).toEqual([merged.id]);
    const m = r.children[0]!;
    expect(m.satisfaction).toMatchObject({ n: 3, verySatisfied: 1, satisfied: 1, dissatisfied: 1 });
    expect(m.dossiers).toMatchObject({ n: 1, late: 1 });
    expect(m.petitions).toMatchObject({ accepted: 1, resolved: 1 });
    expect(r.total.satisfaction.n).toBe(3);
    expect(r.total.dossiers.n).toBe(1);
    expect(r.total.petitions.accepted).toBe(1);

    // The successor's own page carries the history of the communes merged into it.
    const own = (await report(t, merged.id)).body as TransparencyReport;
    expect(own.total.satisfaction).toMatchObject({ n: 3, verySatisfied: 1, satisfied: 1, dissatisfied: 1 });
    expect(own.total.dossiers.n).toBe(1);
    expect(own.total.petitions.accepted).toBe(1);
    expect(own.children).toEqual([]);
    // The retired commune's page still shows what was filed there.
    expect(((await report(t, old.id)).body as TransparencyReport).total.satisfaction.n).toBe(1);
  });
});
